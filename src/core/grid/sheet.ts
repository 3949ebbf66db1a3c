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

/**
 * For each cell covered by a merged area (other than its top-left), the top-left cell that holds the
 * area's value. Keys are `row * 16384 + col` (Excel has 16,384 columns) so lookup needs no string building.
 */
export function mergeAnchors(
  merges: readonly CellRange[]
): Map<number, { row: number; col: number }> {
  const anchors = new Map<number, { row: number; col: number }>();
  for (const m of merges) {
    const anchor = { row: m.top, col: m.left };
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
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
