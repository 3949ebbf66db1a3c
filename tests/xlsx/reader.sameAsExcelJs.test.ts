// The package reader against the ExcelJS reader it replaces: the same grid on every fixture plan (the
// fields ExcelJS read: values, text, number formats, merges, hidden rows, protection, sheets in order).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { readXlsxGrid } from "../../src/adapters/xlsx/readPackage";
import type { SheetGrid } from "../../src/core/grid/types";

const FIXTURES = join(__dirname, "..", "fixtures");
const WORKBOOKS = [
  "000-southwark-priority4",
  "001-southwark-underperforming",
  "002-southend-sen-strategy",
] as const;

/** What ExcelJS's reader produced; the new reader adds hidden columns and fills on top. */
function comparable(s: SheetGrid) {
  return {
    name: s.name,
    originRow: s.originRow,
    originCol: s.originCol,
    values: s.values,
    text: s.text,
    numberFormat: s.numberFormat,
    merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows: s.hiddenRows ?? [],
    protected: s.protected ?? false,
  };
}

describe("readXlsxGrid gives the grid the ExcelJS reader gave", () => {
  it.each(WORKBOOKS)("%s", async (book) => {
    const bytes = readFileSync(join(FIXTURES, `${book}.xlsx`));
    const before = await readWorkbookGrid(bytes);
    const after = await readXlsxGrid(bytes);
    expect(after.sheets.map(comparable)).toEqual(before.sheets.map(comparable));
  });
});
