import { longestLineLength } from "../fast/longestLine";
import type { SheetCell, SheetTable } from "./sheetModel";

// Column widths from what the columns hold, in Excel's unit (characters of the default font). A board
// paper shows no gaps: a column is as wide as its widest entry needs, and a column of long text stops at
// a cap and wraps instead of pushing the page wider.

/** Room a table header needs beyond its text: Excel and LibreOffice draw the filter button over it. */
export const HEADER_BUTTON = 4;
/** Room either side of a value so neighbouring cells never read as one run. */
export const PADDING = 2;

/** Characters a cell shows: dates as dd/mm/yyyy, shares as "100%", whole numbers as their digits. */
export function shownLength(cell: SheetCell): number {
  const v = cell.value;
  if (v === null) return 0;
  if (typeof v === "string") return longestLineLength(v);
  if (cell.intent === "date") return 10;
  if (cell.intent === "percent") return `${Math.round(v * 100)}%`.length;
  return String(Math.round(v)).length;
}

/** How wide one column of a table may get: text longer than `max` wraps within it. */
export interface ColumnFit {
  readonly min?: number;
  readonly max?: number;
}

/**
 * The width a table column needs for its header and its values, before any cap. With `cap`, the scan stops
 * once the need reaches it: a column is never wider than its cap, so the rest of a long column (tens of
 * thousands of exceptions) cannot change its width.
 */
export function tableColumnNeed(
  table: SheetTable,
  index: number,
  cap = Number.POSITIVE_INFINITY
): number {
  const header = (table.columns[index] ?? "").length + HEADER_BUTTON;
  let widest = 0;
  // rows share cell objects (see exceptionRows): a run of the same cell is measured once
  let last: SheetCell | undefined;
  const rows = table.rows;
  for (let r = 0; r < rows.length && header < cap && widest + PADDING < cap; r++) {
    const cell = (rows[r] as readonly SheetCell[])[index];
    if (cell && cell !== last) widest = Math.max(widest, shownLength(cell));
    last = cell;
  }
  return Math.max(header, widest + PADDING);
}

/**
 * Widths for a block of columns starting at `left`: each table placed in the block and each free cell
 * given (one whose text must fit, such as a label beside its figure) raises its column to what it needs,
 * within that column's fit. Columns nothing raises keep `min` (or 8).
 */
export function fitWidths(
  left: number,
  fits: readonly ColumnFit[],
  tables: readonly SheetTable[],
  cells: ReadonlyArray<{ readonly col: number; readonly cell: SheetCell }>
): number[] {
  const need = fits.map(() => 0);
  const raise = (col: number, width: number) => {
    const i = col - left;
    if (i >= 0 && i < need.length) need[i] = Math.max(need[i] ?? 0, width);
  };
  for (const t of tables)
    t.columns.forEach((_c, i) => {
      const cap = fits[t.left + i - left]?.max;
      raise(t.left + i, tableColumnNeed(t, i, cap));
    });
  for (const { col, cell } of cells) raise(col, shownLength(cell) + PADDING);
  return need.map((n, i) => {
    const fit = fits[i] ?? {};
    const min = fit.min ?? 8;
    return Math.min(fit.max ?? Number.POSITIVE_INFINITY, Math.max(min, n));
  });
}
