import { MONTH_NAMES } from "./months";
import { isValidYmd, toIso } from "./ymd";

export type ReportDateResult = { ok: true; value: string } | { ok: false; error: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** UK day-first, as officers write it: 31/01/2014, 31-01-2014, 31.01.2014. */
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a report date typed by a person (the CLI's --as-of, the pane's settings): ISO 2014-01-31 or UK
 * day-first 31/01/2014, to ISO. A date that cannot exist is explained ("30 February 2014 does not
 * exist") rather than refused as badly written, since the writing was fine.
 */
export function parseReportDate(input: string): ReportDateResult {
  const text = input.trim();
  const iso = ISO.exec(text);
  const uk = iso ? null : UK.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) {
    return {
      ok: false,
      error: `"${input}" is not a date: write it as 31/01/2014 or 2014-01-31.`,
    };
  }
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (m < 1 || m > 12)
    return { ok: false, error: `"${input}" has no month ${m}: months run 1 to 12.` };
  if (!isValidYmd(y, m, d)) {
    return { ok: false, error: `${d} ${MONTH_NAMES[m - 1]} ${y} does not exist.` };
  }
  return { ok: true, value: toIso({ y, m, d }) };
}
