import type { SheetGrid } from "../grid/types";
import type { DetectedRow, DetectedTable } from "./types";

/** A sheet's fills by cell (row * 16384 + col), built once per sheet. */
const indexes = new WeakMap<SheetGrid, ReadonlyMap<number, string>>();

function fillIndex(sheet: SheetGrid): ReadonlyMap<number, string> | null {
  if (!sheet.fills || sheet.fills.length === 0) return null;
  let index = indexes.get(sheet);
  if (!index) {
    const m = new Map<number, string>();
    for (const f of sheet.fills) m.set(f.row * 16384 + f.col, f.rgb);
    indexes.set(sheet, m);
    index = m;
  }
  return index;
}

/**
 * The fill that is a cell's own: its solid fill, unless another cell of the same table row has the same
 * colour (a banded or highlighted row says nothing about the status). Undefined when it has none.
 */
export function ownFill(
  sheet: SheetGrid,
  row: number,
  col: number,
  firstCol: number,
  lastCol: number
): string | undefined {
  const index = fillIndex(sheet);
  const rgb = index?.get(row * 16384 + col);
  if (!index || rgb === undefined) return undefined;
  for (let c = firstCol; c <= lastCol; c++) {
    if (c !== col && index.get(row * 16384 + c) === rgb) return undefined;
  }
  return rgb;
}

/** The sheet's hidden rows as a set, built once per sheet. */
const hiddenSets = new WeakMap<SheetGrid, ReadonlySet<number>>();

export function hiddenRowSet(sheet: SheetGrid): ReadonlySet<number> | null {
  if (!sheet.hiddenRows || sheet.hiddenRows.length === 0) return null;
  let set = hiddenSets.get(sheet);
  if (!set) {
    set = new Set(sheet.hiddenRows);
    hiddenSets.set(sheet, set);
  }
  return set;
}

/**
 * Tables found on a sheet before its fills were read, as detection finds them on `sheet` (the same cells,
 * with fills): a blank status cell takes its own fill. The fills change nothing else detection reads.
 */
export function withOwnFills(
  tables: readonly DetectedTable[],
  sheet: SheetGrid
): readonly DetectedTable[] {
  if (!sheet.fills || sheet.fills.length === 0) return tables;
  return tables.map((t) => {
    let rows: DetectedRow[] | null = null;
    t.rows.forEach((r, i) => {
      const status = r.cells.status;
      if (!status || status.text !== "" || status.fill !== undefined) return;
      const fill = ownFill(sheet, status.row, status.col, t.firstCol, t.lastCol);
      if (!fill) return;
      rows ??= [...t.rows];
      rows[i] = { ...r, cells: { ...r.cells, status: { ...status, fill } } };
    });
    return rows ? { ...t, rows } : t;
  });
}
