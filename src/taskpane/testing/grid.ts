import type { SheetGrid, WorkbookGrid } from "../../core/grid/types";

/** A one-sheet workbook of text cells from A1 (null leaves a cell empty), as Office.js would read it. */
export function gridOf(
  sheet: string,
  rows: ReadonlyArray<ReadonlyArray<string | null>>
): WorkbookGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const grid: SheetGrid = {
    name: sheet,
    originRow: 1,
    originCol: 1,
    values,
    text: values.map((r) => r.map((v) => v ?? "")),
    numberFormat: values.map((r) => r.map(() => "General")),
    merges: [],
  };
  return { sheets: [grid] };
}
