import { gridBounds, mergeAnchors } from "../grid/sheet";
import type { CellValue, SheetGrid } from "../grid/types";

/**
 * Fast merged-aware reads over one sheet. Covered cells of a merged area read their area's top-left cell,
 * so a blank cell inside a merge is not blank. Coordinates are 1-based sheet coordinates.
 */
export interface SheetView {
  readonly sheet: SheetGrid;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Display text, merged areas resolved ("" outside the grid). */
  text(row: number, col: number): string;
  value(row: number, col: number): CellValue;
  format(row: number, col: number): string;
  /** The cell holding the value shown at (row, col): itself, or its merged area's top-left cell. */
  anchorOf(row: number, col: number): { row: number; col: number };
  /** `anchorOf` as one number (row * 16384 + col), without building an object. */
  anchorKey(row: number, col: number): number;
  /** The merged area starting at this cell, when there is one. */
  mergeWidth(row: number, col: number): number;
  /**
   * The row's own text and values (index 0 is `firstCol`) when no merged area covers any of its cells, so a
   * scan over every row can skip the per-cell merge lookups; null when the row has a covered cell.
   */
  plainRow(
    row: number
  ): { readonly text: readonly string[]; readonly values: readonly CellValue[] } | null;
  /** `plainRow(row).text` without building the pair: scans over every row call this. */
  plainText(row: number): readonly string[] | null;
  /** The row's own values (index 0 is `firstCol`), merged areas not resolved; null outside the grid. */
  rawValues(row: number): readonly CellValue[] | null;
}

export function sheetView(sheet: SheetGrid): SheetView {
  // only covered cells inside the grid: reads outside it are "" whatever is merged there
  const anchors = mergeAnchors(sheet.merges, gridBounds(sheet));
  const widths = new Map<number, number>();
  for (const m of sheet.merges) widths.set(m.top * 16384 + m.left, m.right - m.left + 1);
  const or = sheet.originRow;
  const oc = sheet.originCol;
  const rawText = (row: number, col: number): string => sheet.text[row - or]?.[col - oc] ?? "";
  // rows holding a covered cell: every other row reads straight from the arrays, no map lookup
  const covered = new Uint8Array(sheet.values.length);
  for (const key of anchors.keys()) {
    const i = Math.floor((key - 1) / 16384) - or; // key = row * 16384 + col, col 1..16384
    if (i >= 0 && i < covered.length) covered[i] = 1;
  }
  const hasMerges = anchors.size > 0;
  const mayCover = (row: number): boolean => hasMerges && covered[row - or] === 1;
  const anchorOf = (row: number, col: number): { row: number; col: number } =>
    (mayCover(row) && anchors.get(row * 16384 + col)) || { row, col };
  const cellAt = <T>(
    grid: ReadonlyArray<ReadonlyArray<T>>,
    row: number,
    col: number
  ): T | undefined => {
    if (mayCover(row)) {
      const a = anchors.get(row * 16384 + col);
      if (a) return grid[a.row - or]?.[a.col - oc];
    }
    return grid[row - or]?.[col - oc];
  };
  return {
    sheet,
    firstRow: or,
    lastRow: or + sheet.values.length - 1,
    firstCol: oc,
    lastCol: oc + (sheet.values[0]?.length ?? 0) - 1,
    text(row, col) {
      if (!mayCover(row)) return rawText(row, col);
      const a = anchors.get(row * 16384 + col);
      return a ? rawText(a.row, a.col) : rawText(row, col);
    },
    value(row, col) {
      const v = cellAt(sheet.values, row, col);
      return v === undefined ? null : v;
    },
    format(row, col) {
      return cellAt(sheet.numberFormat, row, col) ?? "General";
    },
    anchorOf,
    anchorKey(row, col) {
      const a = mayCover(row) ? anchors.get(row * 16384 + col) : undefined;
      return a ? a.row * 16384 + a.col : row * 16384 + col;
    },
    mergeWidth(row, col) {
      return widths.get(row * 16384 + col) ?? 1;
    },
    plainRow(row) {
      if (mayCover(row)) return null;
      const text = sheet.text[row - or];
      const values = sheet.values[row - or];
      return text && values ? { text, values } : null;
    },
    plainText(row) {
      if (mayCover(row)) return null;
      return sheet.values[row - or] ? (sheet.text[row - or] ?? null) : null;
    },
    rawValues(row) {
      return sheet.values[row - or] ?? null;
    },
  };
}
