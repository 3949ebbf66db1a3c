import ExcelJS from "exceljs";
import { resolveColour, themeFromXml } from "../../core/grid/colour";
import type {
  CellFill,
  CellRange,
  CellValue,
  SheetGrid,
  WorkbookGrid,
} from "../../core/grid/types";
import { dateToSerial, formatGeneral, formatNumber } from "../../core/numberFormat/displayText";
import { usedAreaProblem } from "./limits";
import { xlsxSizeProblem } from "./limitsScan";
import { ownedSheetNames } from "./writeOwnership";
import { readOwnSheetMarks } from "./ownSheets";

/** What to read. */
export interface ReadOptions {
  /**
   * Leave out the sheets the tool wrote itself (RAG Summary, RAG History, roll-up sheets), found by
   * their ownership names. A check wants this: its own exceptions table would otherwise be read as
   * another action plan on the next run. A faithful copy of the workbook (the fake Excel) does not.
   */
  readonly skipOwnSheets?: boolean;
}

/** A cell read into the grid's three parallel values. */
interface GridCell {
  value: CellValue;
  text: string;
  numberFormat: string;
}

const EMPTY: GridCell = { value: null, text: "", numberFormat: "General" };

type RichText = { richText: ReadonlyArray<{ text?: string }> };

function isRichText(v: unknown): v is RichText {
  return typeof v === "object" && v !== null && Array.isArray((v as RichText).richText);
}

function plain(v: unknown): string {
  if (typeof v === "string") return v;
  if (isRichText(v)) return v.richText.map((r) => r.text ?? "").join("");
  if (v === null || v === undefined) return "";
  return String(v);
}

/** Turns an ExcelJS value (or a formula's cached result) into a grid cell. */
function fromValue(v: unknown, numFmt: string): GridCell {
  const fmt = numFmt || "General";
  if (v === null || v === undefined) return { value: null, text: "", numberFormat: fmt };
  if (typeof v === "string") return { value: v, text: v, numberFormat: fmt };
  if (typeof v === "number") return { value: v, text: formatNumber(v, fmt), numberFormat: fmt };
  if (typeof v === "boolean") return { value: v, text: v ? "TRUE" : "FALSE", numberFormat: fmt };
  if (v instanceof Date) {
    const serial = dateToSerial(v);
    // a date with no format of its own still displays as a date in Excel
    const dateFmt = fmt === "General" ? "dd/mm/yyyy" : fmt;
    return { value: serial, text: formatNumber(serial, dateFmt), numberFormat: dateFmt };
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string")
      return { value: { error: o.error }, text: o.error, numberFormat: fmt };
    if (isRichText(v)) {
      const t = plain(v);
      return { value: t, text: t, numberFormat: fmt };
    }
    if ("formula" in o || "sharedFormula" in o) {
      return "result" in o
        ? fromValue(o.result, fmt)
        : { value: null, text: "", numberFormat: fmt };
    }
    if ("hyperlink" in o || "text" in o) {
      const t = plain(o.text);
      return { value: t, text: t, numberFormat: fmt };
    }
  }
  const t = typeof v === "number" ? formatGeneral(v) : plain(v);
  return { value: t, text: t, numberFormat: fmt };
}

function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? col(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/**
 * The sheet's merged ranges ("A3:E3"). Read from ExcelJS's internal map: `worksheet.model` would build a
 * model of every row just to list them.
 */
function mergeRefs(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string } | undefined> })
    ._merges;
  if (internal) {
    return Object.values(internal).flatMap((m) =>
      m && typeof m.range === "string" ? [m.range] : []
    );
  }
  return (ws.model as { merges?: string[] }).merges ?? [];
}

/** The solid fill of a cell, resolved to RGB, or null (no fill, a pattern, or a colour it cannot resolve). */
function fillOf(cell: ExcelJS.Cell, theme: readonly string[]): string | null {
  const fill = cell.style?.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const fg = fill.fgColor as
    { argb?: string; theme?: number; tint?: number; indexed?: number } | undefined;
  return fg ? resolveColour(fg, theme) : null;
}

/** The row's cells, styled empty ones included, without creating the missing ones (as eachCell would). */
function rowCells(row: ExcelJS.Row): ReadonlyArray<ExcelJS.Cell | undefined> {
  return (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells ?? [];
}

/** The used area so far: grows with every value and merged area. */
interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function grow(b: Bounds, top: number, left: number, bottom: number, right: number): void {
  b.top = Math.min(b.top, top);
  b.left = Math.min(b.left, left);
  b.bottom = Math.max(b.bottom, bottom);
  b.right = Math.max(b.right, right);
}

/** Every non-empty cell by row and column, the hidden rows and the solid fills of one worksheet. */
function collectCells(ws: ExcelJS.Worksheet, theme: readonly string[], bounds: Bounds) {
  const cells = new Map<number, Map<number, GridCell>>();
  const hiddenRows: number[] = [];
  // sparse: councils show RAG as the status cell's colour, often with nothing written in it
  const fills: CellFill[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    rowCells(row).forEach((cell, i) => {
      const rgb = cell && cell.type !== ExcelJS.ValueType.Merge ? fillOf(cell, theme) : null;
      if (rgb) fills.push({ row: rowNumber, col: i + 1, rgb });
    });
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // cells covered by a merged area read as empty, as Office.js returns them
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const gc = fromValue(cell.value, cell.numFmt ?? "General");
      if (gc.value === null) return;
      let r = cells.get(rowNumber);
      if (!r) cells.set(rowNumber, (r = new Map()));
      r.set(colNumber, gc);
      grow(bounds, rowNumber, colNumber, rowNumber, colNumber);
    });
  });
  return { cells, hiddenRows, fills };
}

/** The grid's three parallel arrays over the used area, empty cells as Office.js returns them. */
function gridRows(cells: Map<number, Map<number, GridCell>>, b: Bounds) {
  const width = b.right - b.left + 1;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const vr: CellValue[] = new Array<CellValue>(width).fill(null);
    const tr: string[] = new Array<string>(width).fill("");
    const fr: string[] = new Array<string>(width).fill("General");
    const row = cells.get(r);
    if (row) {
      for (const [c, gc] of row) {
        const cell = gc ?? EMPTY;
        vr[c - b.left] = cell.value;
        tr[c - b.left] = cell.text;
        fr[c - b.left] = cell.numberFormat;
      }
    }
    values.push(vr);
    text.push(tr);
    numberFormat.push(fr);
  }
  return { values, text, numberFormat };
}

function readSheet(ws: ExcelJS.Worksheet, theme: readonly string[]): SheetGrid {
  const bounds: Bounds = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  const { cells, hiddenRows, fills } = collectCells(ws, theme, bounds);
  const merges: CellRange[] = [];
  for (const ref of mergeRefs(ws)) {
    const m = parseRange(ref);
    if (!m) continue;
    merges.push(m);
    grow(bounds, m.top, m.left, m.bottom, m.right);
  }
  const prot = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  const shared = {
    merges,
    hiddenRows,
    ...(fills.length ? { fills } : {}),
    protected: Boolean(prot && prot.sheet),
  };
  if (bounds.bottom === 0) {
    return {
      name: ws.name,
      originRow: 1,
      originCol: 1,
      values: [],
      text: [],
      numberFormat: [],
      ...shared,
    };
  }
  // a stray value at XFD1048576 would make the grid 17 billion cells: refuse rather than allocate
  const tooLarge = usedAreaProblem(
    ws.name,
    bounds.bottom - bounds.top + 1,
    bounds.right - bounds.left + 1
  );
  if (tooLarge) throw new Error(tooLarge);
  return {
    name: ws.name,
    originRow: bounds.top,
    originCol: bounds.left,
    ...gridRows(cells, bounds),
    ...shared,
  };
}

/**
 * Reads every worksheet of an .xlsx into grids: display text as Excel shows it, dates as Excel serials with
 * their number format, merged areas, hidden rows, solid cell fills and protection. Rejects with a plain sentence when the
 * bytes are not a readable .xlsx, or when it is larger than `XLSX_LIMITS` (see limits.ts).
 */
export async function readWorkbookGrid(
  data: Buffer | ArrayBuffer | Uint8Array,
  options: ReadOptions = {}
): Promise<WorkbookGrid> {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new Error("This file is not a readable .xlsx workbook (it is not a zip package).");
  }
  // before ExcelJS, which would build every cell (and every merged cell) in memory
  const tooLarge = await xlsxSizeProblem(bytes);
  if (tooLarge) throw new Error(tooLarge);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    throw new Error(`This file is not a readable .xlsx workbook (${(e as Error).message}).`);
  }
  // Excel never saves a workbook without a worksheet: a zip that loads to none is some other package
  if (wb.worksheets.length === 0) {
    throw new Error("This file is not a readable .xlsx workbook (it has no worksheets).");
  }
  // the durable marker (any writer's) and the range names the CLI's writer has always left
  const marks = await readOwnSheetMarks(bytes);
  const own = [...new Set([...marks.ownSheets, ...ownedSheetNames(wb)])];
  const skip = options.skipOwnSheets ? new Set(own) : new Set<string>();
  const sheets: SheetGrid[] = [];
  const themes = (wb as unknown as { _themes?: Record<string, string> })._themes;
  const theme = themeFromXml(themes?.theme1);
  wb.eachSheet((ws) => {
    if (!skip.has(ws.name)) sheets.push(readSheet(ws, theme));
  });
  return {
    sheets,
    ...(own.length ? { ownSheets: own } : {}),
    ...(marks.checkedCopy ? { checkedCopy: true } : {}),
  };
}
