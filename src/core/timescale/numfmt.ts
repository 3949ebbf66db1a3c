import { memoByText } from "../memo";
// Reading Excel number-format codes just far enough to know whether a number cell shows a date and to
// what precision. Only the first section counts (the one positive numbers use); quoted literals,
// escaped characters, [colour]/[$-809] brackets, _/* padding and AM/PM markers are not date codes.

/** How precisely a number format shows a date: "day", "month" (no day code), "year" (year only). */
export type DateFormatPrecision = "day" | "month" | "year";

const STRIP_RE = /"[^"]*"|\\.|\[[^\]]*\]|_.|\*.|am\/pm|a\/p/gi;
const CODE_RE = /[dmyhs]+/gi;

function firstSection(numFmt: string): string {
  let inQuote = false;
  for (let i = 0; i < numFmt.length; i++) {
    const ch = numFmt[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === "\\") i++;
    else if (ch === ";" && !inQuote) return numFmt.slice(0, i);
  }
  return numFmt;
}

/** The date precision a number format shows, or null when it is not a date format (General, 0.00, hh:mm). */
export function dateFormatPrecision(numFmt: string | null | undefined): DateFormatPrecision | null {
  if (!numFmt) return null;
  // a workbook has a few formats and asks about them for every date cell
  return precisions(numFmt);
}

const precisions = memoByText(precisionOf, 1024);

function precisionOf(numFmt: string): DateFormatPrecision | null {
  const code = firstSection(numFmt).replace(STRIP_RE, "").toLowerCase();
  if (code === "general") return null;
  const runs = code.match(CODE_RE);
  if (!runs) return null;
  let day = false;
  let month = false;
  let year = false;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] ?? "";
    const letter = run[0];
    if (letter === "d") day = true;
    else if (letter === "y") year = true;
    else if (letter === "m") {
      // "m" after an hour or before seconds is minutes, as Excel reads it.
      const prev = runs[i - 1]?.[0];
      const next = runs[i + 1]?.[0];
      if (prev !== "h" && next !== "s") month = true;
    }
  }
  if (day) return "day";
  if (month) return "month";
  if (year) return "year";
  return null;
}

/** The number format shows a calendar date (day, month or year codes; not a time-only format). */
export function isDateFormat(numFmt: string | null | undefined): boolean {
  return dateFormatPrecision(numFmt) !== null;
}

/** The format shows a month but no day ("mmm-yy", "mmmm yyyy"): the cell names a whole month. */
export function isMonthOnlyFormat(numFmt: string | null | undefined): boolean {
  return dateFormatPrecision(numFmt) === "month";
}
