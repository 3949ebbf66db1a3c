import JSZip from "jszip";
import { mergesFromXlsx, readFileBytes } from "../../src/adapters/office/fileMerges";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { createFakeExcel } from "../../src/fake-excel";
import { FIXTURES, fixtureBytes } from "./support";

const loadZip = async () => ({ default: JSZip });
const key = (r: { top: number; left: number; bottom: number; right: number }) =>
  `${r.top},${r.left},${r.bottom},${r.right}`;

describe("merged areas from the workbook's file (ExcelApi before 1.13)", () => {
  it.each(FIXTURES)("%s: the same merges as the .xlsx reader finds", async (name) => {
    const bytes = fixtureBytes(name);
    const fromFile = await mergesFromXlsx(new Uint8Array(bytes), loadZip);
    const grid = await readWorkbookGrid(bytes);
    expect(grid.sheets.length).toBeGreaterThan(0);
    for (const sheet of grid.sheets) {
      expect((fromFile.get(sheet.name) ?? []).map(key).sort()).toEqual(
        sheet.merges.map(key).sort()
      );
    }
    expect(grid.sheets.some((s) => s.merges.length > 0)).toBe(true);
  });

  it("reads the file in slices and names sheets with XML characters right", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "Plan & <Review>", merges: [{ top: 2, left: 1, bottom: 3, right: 4 }] },
        { name: "Notes" },
      ],
    });
    const source = {
      getFileAsync: (type: "compressed", _o: { sliceSize: number }, cb: never) =>
        fake.document.getFileAsync(type, { sliceSize: 64 }, cb),
    };
    const merges = await mergesFromXlsx(await readFileBytes(source as never), loadZip);
    expect(merges.get("Plan & <Review>")).toEqual([{ top: 2, left: 1, bottom: 3, right: 4 }]);
    expect(merges.get("Notes")).toEqual([]);
  });
});
