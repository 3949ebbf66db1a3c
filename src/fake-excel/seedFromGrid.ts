import type { SheetGrid, WorkbookGrid } from "../core/grid/types";
import { isCellError } from "../core/grid/types";
import type { FakeCellSeed, FakeSheetSeed, FakeWorkbookSeed } from "./types";

/** Fills by sheet name, then "row,col" (1-based), as "RRGGBB" or ARGB. */
export type FillMap = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Per sheet name, then "row,col" (1-based): what a grid does not hold (formulas, notes). */
export type CellTextMap = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Formulas and notes to add to the seeded cells. */
export interface SeedExtras {
  readonly formulas?: CellTextMap;
  readonly notes?: CellTextMap;
}

function sheetSeed(
  g: SheetGrid,
  fills: Readonly<Record<string, string>>,
  extras: { formulas: Readonly<Record<string, string>>; notes: Readonly<Record<string, string>> }
): FakeSheetSeed {
  const cells: FakeCellSeed[] = [];
  const seen = new Set<string>();
  g.values.forEach((row, r) => {
    row.forEach((v, c) => {
      const at = { row: g.originRow + r, col: g.originCol + c };
      const key = `${at.row},${at.col}`;
      const fill = fills[key];
      const nf = g.numberFormat[r]?.[c] ?? "General";
      if (v === null && fill === undefined && nf === "General") return;
      seen.add(key);
      const cell: FakeCellSeed = { ...at, text: g.text[r]?.[c] ?? "", numberFormat: nf };
      if (isCellError(v)) cell.error = v.error;
      else cell.value = v;
      if (fill !== undefined) cell.fill = fill;
      const formula = extras.formulas[key];
      if (formula !== undefined) cell.formula = formula;
      const note = extras.notes[key];
      if (note !== undefined) cell.note = note;
      cells.push(cell);
    });
  });
  const rest = new Set([...Object.keys(fills), ...Object.keys(extras.notes)]);
  for (const key of rest) {
    if (seen.has(key)) continue;
    const [row, col] = key.split(",").map(Number);
    if (!row || !col) continue;
    const cell: FakeCellSeed = { row, col };
    const fill = fills[key];
    if (fill !== undefined) cell.fill = fill;
    const note = extras.notes[key];
    if (note !== undefined) cell.note = note;
    cells.push(cell);
  }
  const seed: FakeSheetSeed = {
    name: g.name,
    cells,
    merges: g.merges.map((m) => ({ ...m })),
    hiddenRows: g.hiddenRows ?? [],
    protected: g.protected ?? false,
  };
  return seed;
}

/**
 * A fake workbook holding what a WorkbookGrid holds (values, text, formats, merges), plus optional fills,
 * formulas (kept beside their cached value, as Excel does) and notes.
 */
export function seedFromGrid(
  grid: WorkbookGrid,
  fills: FillMap = {},
  extras: SeedExtras = {}
): FakeWorkbookSeed {
  return {
    sheets: grid.sheets.map((s) =>
      sheetSeed(s, fills[s.name] ?? {}, {
        formulas: extras.formulas?.[s.name] ?? {},
        notes: extras.notes?.[s.name] ?? {},
      })
    ),
  };
}
