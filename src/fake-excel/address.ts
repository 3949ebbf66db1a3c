import { columnIndex, quoteSheetName, rangeA1 } from "../core/grid/a1";
import type { Rect } from "./types";

/** Excel's grid size. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Splits "'My Sheet'!A1:B2" into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

function part(s: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(s.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  return {
    col: m[1] ? columnIndex(m[1]) : null,
    row: m[2] ? Number(m[2]) : null,
  };
}

/** Parses "C14", "A1:B2", "A:C" (whole columns) or "3:5" (whole rows); null when malformed. */
export function parseRect(local: string): Rect | null {
  const [a, b, extra] = local.split(":");
  if (a === undefined || extra !== undefined) return null;
  const p = part(a);
  const q = b === undefined ? p : part(b);
  if (!p || !q) return null;
  if ((p.row === null) !== (q.row === null) || (p.col === null) !== (q.col === null)) return null;
  const top = p.row ?? 1;
  const bottom = q.row ?? MAX_ROWS;
  const left = p.col ?? 1;
  const right = q.col ?? MAX_COLS;
  if (top < 1 || left < 1 || bottom > MAX_ROWS || right > MAX_COLS) return null;
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

export function rectA1(r: Rect): string {
  return rangeA1(r.top, r.left, r.bottom, r.right);
}

/** "'RAG Summary'!A1:B2", as Range.address reads in Excel. */
export function qualified(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${rectA1(r)}`;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
