import { a1, columnLetter } from "../core/grid/a1";
import { rectA1 } from "../fake-excel/address";
import { textOf, usedRect } from "../fake-excel/cells";
import {
  cellKey,
  type FakeCell,
  type FakeSheetState,
  type FakeWorkbookState,
  type Rect,
} from "../fake-excel/types";

/** One cell as the read-only sheet view draws it. */
export interface CellView {
  readonly row: number;
  readonly col: number;
  /** "C12". */
  readonly address: string;
  /** What Excel displays (the value under its number format). */
  readonly text: string;
  /** "#RRGGBB"; absent for No Fill. */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly note?: string;
  /** Where a hyperlink points ("#'Plan'!C5" or a URL). */
  readonly link?: string;
  /** Inside the selection. */
  readonly selected: boolean;
  /** The selection's top-left cell: the one the name box names. */
  readonly active: boolean;
  /**
   * On a sheet that carries wrap formats (the add-in's own), a cell that does not wrap draws as Excel
   * does: on one line, running on over an empty neighbour ("overflow") or cut at its edge ("clip").
   * Absent: the text wraps in its cell (files loaded into the harness keep no alignment).
   */
  readonly flow?: "overflow" | "clip";
  /** The header row of an Excel table. */
  readonly tableHeader: boolean;
}

export interface ColumnView {
  readonly col: number;
  readonly letter: string;
  readonly widthPx: number;
}

export interface RowView {
  readonly row: number;
  readonly cells: readonly CellView[];
}

/** A chart as a caption: the view does not draw charts, it says what Excel would show. */
export interface ChartView {
  readonly title: string;
  readonly type: string;
  readonly source: string;
}

export interface SheetView {
  readonly name: string;
  readonly columns: readonly ColumnView[];
  readonly rows: readonly RowView[];
  /** Rows past the drawing limit, not drawn. */
  readonly rowsNotShown: number;
  /** "C12" or "C12:D14" when this sheet holds the selection. */
  readonly selection: string | null;
  readonly charts: readonly ChartView[];
  readonly tables: readonly { readonly name: string; readonly range: string }[];
}

/** How much of a sheet the view draws: past the used range, like Excel's empty rows and columns. */
export interface ViewLimits {
  readonly minRows: number;
  readonly minCols: number;
  readonly maxRows: number;
  readonly maxCols: number;
}

export const DEFAULT_LIMITS: ViewLimits = { minRows: 20, minCols: 8, maxRows: 1500, maxCols: 60 };

/** Px per character of Calibri 11 as the view estimates it, and the width bounds it fits text into. */
const CHAR_PX = 7;
const MIN_COL_PX = 64;
const MAX_COL_PX = 200;

function inRect(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Column widths: the sheet's own (points) when set, else fitted to the longest text, as after AutoFit. */
function columnWidths(sheet: FakeSheetState, cols: number, spanned: Set<number>): number[] {
  const longest = new Array<number>(cols + 1).fill(0);
  for (const [key, cell] of sheet.cells) {
    const col = key % 16384;
    if (col > cols || spanned.has(key)) continue;
    const text = textOf(cell);
    const widest = Math.max(0, ...text.split("\n").map((line) => line.length));
    longest[col] = Math.max(longest[col] ?? 0, widest);
  }
  const widths: number[] = [];
  for (let col = 1; col <= cols; col++) {
    const points = sheet.columnWidths.get(col);
    widths[col] =
      points !== undefined
        ? Math.round((points * 4) / 3)
        : Math.min(MAX_COL_PX, Math.max(MIN_COL_PX, (longest[col] ?? 0) * CHAR_PX + 10));
  }
  return widths;
}

function cellView(
  sheet: FakeSheetState,
  cell: FakeCell | undefined,
  row: number,
  col: number,
  span: Rect | undefined,
  selection: Rect | null,
  tableHeader: boolean,
  followsWrap: boolean
): CellView {
  const key = cellKey(row, col);
  const note = sheet.notes.get(key);
  const link = cell?.hyperlink;
  return {
    row,
    col,
    address: a1(row, col),
    text: link?.textToDisplay ?? textOf(cell),
    ...(cell?.fill ? { fill: cell.fill } : {}),
    ...(cell?.fontColor ? { fontColor: cell.fontColor } : {}),
    ...(cell?.bold ? { bold: true } : {}),
    rowSpan: span ? span.bottom - span.top + 1 : 1,
    colSpan: span ? span.right - span.left + 1 : 1,
    ...(note !== undefined ? { note } : {}),
    ...(link ? { link: link.address ?? `#${link.documentReference ?? ""}` } : {}),
    selected: selection !== null && inRect(selection, row, col),
    active: selection !== null && selection.top === row && selection.left === col,
    tableHeader,
    ...(followsWrap && cell && !cell.wrap && textOf(cell) !== ""
      ? { flow: flowOf(sheet, row, col) }
      : {}),
  };
}

/** Excel runs unwrapped text on over an empty neighbour and cuts it at a filled one. */
function flowOf(sheet: FakeSheetState, row: number, col: number): "overflow" | "clip" {
  return textOf(sheet.cells.get(cellKey(row, col + 1))) === "" ? "overflow" : "clip";
}

/** What the sheet view draws for one sheet of the workbook: cells, merges, fills, notes and selection. */
export function sheetView(
  state: FakeWorkbookState,
  sheet: FakeSheetState,
  limits: ViewLimits = DEFAULT_LIMITS
): SheetView {
  const selection = state.selection?.sheetId === sheet.id ? state.selection.rect : null;
  const used = usedRect(sheet, false);
  const lastRow = Math.max(limits.minRows, (used?.bottom ?? 0) + 2, (selection?.bottom ?? 0) + 2);
  const lastCol = Math.min(
    limits.maxCols,
    Math.max(limits.minCols, (used?.right ?? 0) + 1, (selection?.right ?? 0) + 1)
  );
  const drawnRows = Math.min(lastRow, limits.maxRows);
  const lastUsedRow = Math.max(used?.bottom ?? 0, selection?.bottom ?? 0);

  // Merged areas: drawn once, from their top-left cell; the cells they cover are not drawn.
  const spanAt = new Map<number, Rect>();
  const covered = new Set<number>();
  for (const m of sheet.merges) {
    spanAt.set(cellKey(m.top, m.left), m);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
  }
  const spanned = new Set([...spanAt].filter(([, m]) => m.right > m.left).map(([k]) => k));
  const widths = columnWidths(sheet, lastCol, spanned);
  const tables = state.tables.filter((t) => t.sheetId === sheet.id);
  let followsWrap = false;
  for (const c of sheet.cells.values()) if (c.wrap !== undefined) followsWrap = true;

  const rows: RowView[] = [];
  for (let row = 1; row <= drawnRows; row++) {
    if (sheet.hiddenRows.has(row)) continue;
    const cells: CellView[] = [];
    for (let col = 1; col <= lastCol; col++) {
      const key = cellKey(row, col);
      if (covered.has(key)) continue;
      const header = tables.some(
        (t) => t.hasHeaders && t.rect.top === row && col >= t.rect.left && col <= t.rect.right
      );
      cells.push(
        cellView(
          sheet,
          sheet.cells.get(key),
          row,
          col,
          spanAt.get(key),
          selection,
          header,
          followsWrap
        )
      );
    }
    rows.push({ row, cells });
  }

  return {
    name: sheet.name,
    columns: Array.from({ length: lastCol }, (_, i) => ({
      col: i + 1,
      letter: columnLetter(i + 1),
      widthPx: widths[i + 1] ?? MIN_COL_PX,
    })),
    rows,
    rowsNotShown: Math.max(0, lastUsedRow - drawnRows),
    selection: selection ? rectA1(selection) : null,
    charts: sheet.charts.map((c) => ({
      title: c.title,
      type: c.type,
      source: `${state.sheets.find((s) => s.id === c.sourceSheetId)?.name ?? "?"}!${c.sourceAddress}`,
    })),
    tables: tables.map((t) => ({ name: t.name, range: rectA1(t.rect) })),
  };
}

/** The sheets a user sees as tabs: hidden and very hidden sheets have none, as in Excel. */
export function visibleSheets(state: FakeWorkbookState): FakeSheetState[] {
  return state.sheets.filter((s) => s.visibility === "Visible");
}

/** The text a cell's address shows in the formula bar: its own text, or "" for an empty cell. */
export function selectedText(state: FakeWorkbookState): string {
  const sel = state.selection;
  if (!sel) return "";
  const sheet = state.sheets.find((s) => s.id === sel.sheetId);
  return sheet ? textOf(sheet.cells.get(cellKey(sel.rect.top, sel.rect.left))) : "";
}
