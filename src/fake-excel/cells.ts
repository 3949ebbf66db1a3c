import { formatNumber } from "../core/numberFormat/displayText";
import { cellKey, keyCol, keyRow, type FakeCell, type FakeSheetState, type Rect } from "./types";

/** Office.js reads an empty cell as "" in values/text/formulas. */
export type OfficeValue = string | number | boolean;

export function cellAt(sheet: FakeSheetState, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: FakeSheetState, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let c = sheet.cells.get(key);
  if (!c) {
    c = { value: null };
    sheet.cells.set(key, c);
  }
  return c;
}

/** Builds a rows × cols array by reading each cell. */
export function readGrid<T>(
  sheet: FakeSheetState,
  r: Rect,
  read: (c: FakeCell | undefined) => T
): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(read(cellAt(sheet, row, col)));
    out.push(line);
  }
  return out;
}

export function valueOf(c: FakeCell | undefined): OfficeValue {
  if (!c || c.value === null) return "";
  return c.value;
}

export function formulaOf(c: FakeCell | undefined): OfficeValue {
  if (c?.formula !== undefined) return c.formula;
  return valueOf(c);
}

export function numberFormatOf(c: FakeCell | undefined): string {
  return c?.numberFormat ?? "General";
}

/** What Excel displays: the seed's text when given, else the value under its number format. */
export function textOf(c: FakeCell | undefined): string {
  if (!c || c.value === null) return "";
  if (c.text !== undefined) return c.text;
  const v = c.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    const nf = c.numberFormat ?? "General";
    return nf === "@" ? String(v) : formatNumber(v, nf);
  }
  return v;
}

export function valueTypeOf(c: FakeCell | undefined): string {
  if (!c || c.value === null || c.value === "") return "Empty";
  if (c.error) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return "String";
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Stores what the `values` or `formulas` setter was given, as Excel parses typed input: under the Text
 * format ("@") a string stays text; otherwise "=…" (and "+…"/"-…" that is not a number) becomes a formula,
 * a numeric string becomes a number and a leading apostrophe is dropped. `null` leaves the cell unchanged.
 */
export function writeInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.text;
  delete cell.formula;
  delete cell.error;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (s === "") {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = s;
    return;
  }
  if (s.length > 1 && (s.startsWith("=") || ((s[0] === "+" || s[0] === "-") && !NUMERIC.test(s)))) {
    cell.formula = s.startsWith("=") ? s : `=${s}`;
    // the fake does not calculate; an unevaluated formula reads as an empty result
    cell.value = null;
    return;
  }
  if (NUMERIC.test(s.trim())) {
    cell.value = Number(s.trim());
    return;
  }
  cell.value = s.startsWith("'") ? s.slice(1) : s;
}

function hasFormat(c: FakeCell): boolean {
  return (
    c.fill !== undefined ||
    c.bold !== undefined ||
    c.fontColor !== undefined ||
    c.wrap !== undefined ||
    (c.numberFormat !== undefined && c.numberFormat !== "General")
  );
}

/** The used range: cells with a value (and, unless valuesOnly, with formatting); null when none. */
export function usedRect(sheet: FakeSheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [key, c] of sheet.cells) {
    const counts = c.value !== null || c.formula !== undefined || (!valuesOnly && hasFormat(c));
    if (!counts) continue;
    const row = keyRow(key);
    const col = keyCol(key);
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
  }
  return bottom === 0 ? null : { top, left, bottom, right };
}

/** Calls `fn` for every cell position of the rectangle (creating cells as needed). */
export function eachCell(
  sheet: FakeSheetState,
  r: Rect,
  fn: (cell: FakeCell, row: number, col: number) => void
): void {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) fn(ensureCell(sheet, row, col), row, col);
  }
}

/** Normalises "FFA500", "#ffa500" or ARGB "FFFFA500" to "#FFA500"; null for anything else. */
export function normalizeColor(input: string): string | null {
  const s = input.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(s)) return `#${s}`;
  if (/^[0-9A-F]{8}$/.test(s)) return `#${s.slice(2)}`;
  const named: Record<string, string> = {
    white: "#FFFFFF",
    black: "#000000",
    red: "#FF0000",
    yellow: "#FFFF00",
    blue: "#0000FF",
    green: "#008000",
    orange: "#FFA500",
  };
  return named[input.trim().toLowerCase()] ?? null;
}

/** Reduces per-cell values to one: the shared value, or null when they differ (as Office.js reports). */
export function uniform<T>(
  sheet: FakeSheetState,
  r: Rect,
  read: (c: FakeCell | undefined) => T
): T | null {
  let first: { v: T } | undefined;
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const v = read(cellAt(sheet, row, col));
      if (!first) first = { v };
      else if (first.v !== v) return null;
    }
  }
  return first ? first.v : null;
}
