import type { CellRange, CellValue, SheetGrid } from "./types";

/** Reads a grid by 1-based sheet coordinates; outside the used range a cell is empty. */
export function valueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.originRow];
  if (!r) return null;
  const v = r[col - sheet.originCol];
  return v === undefined ? null : v;
}

export function textAt(sheet: SheetGrid, row: number, col: number): string {
  const r = sheet.text[row - sheet.originRow];
  return r?.[col - sheet.originCol] ?? "";
}

export function formatAt(sheet: SheetGrid, row: number, col: number): string {
  const r = sheet.numberFormat[row - sheet.originRow];
  return r?.[col - sheet.originCol] ?? "General";
}

export function lastRow(sheet: SheetGrid): number {
  return sheet.originRow + sheet.values.length - 1;
}

export function lastCol(sheet: SheetGrid): number {
  return sheet.originCol + (sheet.values[0]?.length ?? 0) - 1;
}

/** The grid's used range in sheet coordinates (empty when bottom < top). */
export function gridBounds(sheet: SheetGrid): CellRange {
  return {
    top: sheet.originRow,
    left: sheet.originCol,
    bottom: lastRow(sheet),
    right: lastCol(sheet),
  };
}

/**
 * For each cell covered by a merged area (other than its top-left), the top-left cell that holds the
 * area's value. Keys are `row * 16384 + col` (Excel has 16,384 columns) so lookup needs no string building.
 * With `within`, only covered cells inside that range are listed: a sheet may merge far more cells than
 * it uses (a whole-sheet merge is 17 billion cells), and nothing reads outside the grid.
 */
export function mergeAnchors(
  merges: readonly CellRange[],
  within?: CellRange
): Map<number, { row: number; col: number }> {
  const anchors = new Map<number, { row: number; col: number }>();
  for (const m of merges) {
    const anchor = { row: m.top, col: m.left };
    const top = within ? Math.max(m.top, within.top) : m.top;
    const bottom = within ? Math.min(m.bottom, within.bottom) : m.bottom;
    const left = within ? Math.max(m.left, within.left) : m.left;
    const right = within ? Math.min(m.right, within.right) : m.right;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r !== m.top || c !== m.left) anchors.set(r * 16384 + c, anchor);
      }
    }
  }
  return anchors;
}

/** A cell's display text with merged areas resolved (a covered cell reads its area's top-left cell). */
export function mergedTextAt(
  sheet: SheetGrid,
  anchors: ReadonlyMap<number, { row: number; col: number }>,
  row: number,
  col: number
): string {
  const a = anchors.get(row * 16384 + col);
  return a ? textAt(sheet, a.row, a.col) : textAt(sheet, row, col);
}
