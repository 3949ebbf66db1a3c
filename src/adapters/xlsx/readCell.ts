import type { CellValue } from "../../core/grid/types";
import { formatNumber, isDateFormat } from "../../core/numberFormat/displayText";

/** A cell as the grid holds it: value, display text and number format. */
export interface ReadCell {
  value: CellValue;
  text: string;
  numberFormat: string;
}

/** Days from 1904-01-01 to 1899-12-30 (the 1900 system's day 0): a 1904 serial plus this is a 1900 one. */
export const DAYS_1904 = 1462;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** Strings in SpreadsheetML escape control characters as `_xHHHH_`; Excel shows the character. */
export function unescapeOoxml(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/**
 * An ISO 8601 date-time of a `t="d"` cell ("2014-01-31", "2014-01-31T09:30:00Z") as a 1900-system serial.
 * The zone is ignored: Excel shows the wall-clock date and time written. Null when it is not a date.
 */
export function isoToSerial(iso: string): number | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/.exec(
    iso.trim()
  );
  if (!m) {
    const t = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?/.exec(iso.trim());
    if (!t) return null;
    const secs = Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0) + Number(t[4] ?? 0);
    return secs / 86_400;
  }
  const ms = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    Math.round(Number(m[7] ?? 0) * 1000)
  );
  return Number.isFinite(ms) ? (ms - EPOCH_1900) / MS_PER_DAY : null;
}

// Plans repeat the same dates and numbers down their columns, and a date format is parsed on every call:
// each (format, number) is formatted once. Cleared when full, so it stays small.
const TEXT_CACHE = new Map<string, Map<string, string>>();
const TEXT_CACHE_MAX = 20_000;
let cached = 0;

function numberText(n: number, fmt: string, raw: string): string {
  let byRaw = TEXT_CACHE.get(fmt);
  if (!byRaw) TEXT_CACHE.set(fmt, (byRaw = new Map()));
  let text = byRaw.get(raw);
  if (text === undefined) {
    if (++cached > TEXT_CACHE_MAX) {
      TEXT_CACHE.clear();
      cached = 0;
    }
    text = formatNumber(n, fmt);
    byRaw.set(raw, text);
  }
  return text;
}

function set(out: ReadCell, value: CellValue, text: string, fmt: string): true {
  out.value = value;
  out.text = text;
  out.numberFormat = fmt;
  return true;
}

/** A date's grid cell: a date with no format of its own still displays as a date in Excel. */
function setDate(out: ReadCell, serial: number, fmt: string): true {
  const dateFmt = fmt === "General" ? "dd/mm/yyyy" : fmt;
  return set(out, serial, numberText(serial, dateFmt, String(serial)), dateFmt);
}

/** A `t="s"` cell whose index is already read: what cellOf gives for it. */
export function sharedCell(
  index: number,
  fmt: string,
  sharedString: (i: number) => string | undefined,
  out: ReadCell
): boolean {
  const s = sharedString(index);
  return s === undefined ? false : set(out, s, s, fmt);
}

/**
 * Turns a cell's type (`t`), raw `<v>` text (or inline string) and number format into a grid cell, written
 * into `out` (one object reused for a whole sheet: a million cells make a million objects otherwise);
 * false for a cell that holds nothing. `sharedString` looks up `t="s"` indices.
 */
export function cellOf(
  type: string,
  raw: string,
  hasValue: boolean,
  fmt: string,
  date1904: boolean,
  sharedString: (i: number) => string | undefined,
  out: ReadCell
): boolean {
  if (!hasValue) return false;
  switch (type) {
    case "s":
      return sharedCell(Number(raw), fmt, sharedString, out);
    case "str":
    case "inlineStr": {
      const s = unescapeOoxml(raw);
      return set(out, s, s, fmt);
    }
    case "b": {
      const b = raw.trim() === "1" || raw.trim() === "true";
      return set(out, b, b ? "TRUE" : "FALSE", fmt);
    }
    case "e":
      return set(out, { error: raw.trim() }, raw.trim(), fmt);
    case "d": {
      const serial = isoToSerial(raw);
      return serial === null ? set(out, raw, raw, fmt) : setDate(out, serial, fmt);
    }
    default: {
      const trimmed = raw.trim();
      if (trimmed === "") return false;
      const n = Number(trimmed);
      if (!Number.isFinite(n)) return set(out, raw, raw, fmt);
      if (date1904 && isDateFormat(fmt)) return setDate(out, n + DAYS_1904, fmt);
      return set(out, n, numberText(n, fmt, trimmed), fmt);
    }
  }
}
