import type { CellValue } from "../../core/grid/types";
import { formatNumber, isDateFormat } from "./displayText";

/** A cell as the grid holds it: value, display text and number format. */
export interface ReadCell {
  readonly value: CellValue;
  readonly text: string;
  readonly numberFormat: string;
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

const stringCell = (s: string, fmt: string): ReadCell => ({
  value: s,
  text: s,
  numberFormat: fmt,
});

/** A date's grid cell: a date with no format of its own still displays as a date in Excel. */
function dateCell(serial: number, fmt: string): ReadCell {
  const dateFmt = fmt === "General" ? "dd/mm/yyyy" : fmt;
  return { value: serial, text: formatNumber(serial, dateFmt), numberFormat: dateFmt };
}

/**
 * Turns a cell's type (`t`), raw `<v>` text (or inline string) and number format into a grid cell; null for
 * a cell that holds nothing. `sharedString` looks up `t="s"` indices.
 */
export function cellOf(
  type: string,
  raw: string,
  hasValue: boolean,
  fmt: string,
  date1904: boolean,
  sharedString: (i: number) => string | undefined
): ReadCell | null {
  if (!hasValue) return null;
  switch (type) {
    case "s": {
      const s = sharedString(Number(raw));
      return s === undefined ? null : stringCell(s, fmt);
    }
    case "str":
    case "inlineStr":
      return stringCell(unescapeOoxml(raw), fmt);
    case "b": {
      const b = raw.trim() === "1" || raw.trim() === "true";
      return { value: b, text: b ? "TRUE" : "FALSE", numberFormat: fmt };
    }
    case "e":
      return { value: { error: raw.trim() }, text: raw.trim(), numberFormat: fmt };
    case "d": {
      const serial = isoToSerial(raw);
      return serial === null ? stringCell(raw, fmt) : dateCell(serial, fmt);
    }
    default: {
      const trimmed = raw.trim();
      if (trimmed === "") return null;
      const n = Number(trimmed);
      if (!Number.isFinite(n)) return stringCell(raw, fmt);
      if (date1904 && isDateFormat(fmt)) return dateCell(n + DAYS_1904, fmt);
      return { value: n, text: formatNumber(n, fmt), numberFormat: fmt };
    }
  }
}
