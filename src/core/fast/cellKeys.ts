import { RowOrderedMap } from "../grid/rowOrderedMap";

// Speed: a big plan flags a cell or two on every action, and the highlight plan finds each one by its cell.
// Keys are numbers per sheet, not "sheet|row|column" strings, and small ones: the row, then the column as
// an index in order of first sight (a plan's issues fall in a handful of columns), fit V8's small
// integers, where a key over 2^31 would be a boxed number allocated and hashed per lookup. A cell that
// does not fit (a 1,025th distinct column, a row past 2^20) takes a text key of its row and column.
// (A class hiding both behind get and set was measured 30% slower at 100,000 rows: V8 stopped inlining.)

/** Columns told apart in a small key; rows below 2^20 (Excel's limit) times this stay under 2^30. */
const COLUMN_SLOTS = 1024;
const SMALL_ROWS = 2 ** 20;

/** One sheet's cells: by small key in row order (see RowOrderedMap), and the rare ones by text key. */
export interface SheetCells<V> {
  readonly small: RowOrderedMap<V>;
  readonly wide: Map<string, V>;
}

export function sheetCells<V>(): SheetCells<V> {
  return { small: new RowOrderedMap(), wide: new Map() };
}

/**
 * The small-integer key of a cell of one sheet, from its row and its column's index in order of first
 * sight (from 0); -1 when the cell has none and takes `wideCellKey`.
 */
export function smallCellKey(row: number, columnSlot: number): number {
  return row < SMALL_ROWS && columnSlot < COLUMN_SLOTS ? row * COLUMN_SLOTS + columnSlot : -1;
}

/** The text key of a cell of one sheet that has no small key. */
export function wideCellKey(row: number, col: number): string {
  return `${row}|${col}`;
}
