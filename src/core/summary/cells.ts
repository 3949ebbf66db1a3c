import type { Rating } from "../schema/action";
import { isoToExcelSerial } from "../timescale/serial";
import { ratingLabel } from "./labels";
import type { SheetCell } from "./sheetModel";

/** Small constructors so the sheet layouts read as layouts. */
export const text = (value: string | null): SheetCell => ({ value });
export const int = (value: number): SheetCell => ({ value, intent: "integer" });
export const pct = (share: number): SheetCell => ({ value: share, intent: "percent" });
export const label = (value: string): SheetCell => ({ value, intent: "label" });

/** A date cell holds an Excel serial so it sorts and filters as a date; blank when there is none. */
export function dateCell(iso: string | null): SheetCell {
  if (iso === null) return { value: null };
  const serial = isoToExcelSerial(iso);
  return Number.isFinite(serial) ? { value: serial, intent: "date" } : { value: iso };
}

/** A rating in words with its colour intent: never colour alone. */
export function ratingCell(rating: Rating, completeLabel: string): SheetCell {
  return { value: ratingLabel(rating, completeLabel), intent: `rating-${rating}` };
}

/**
 * "2014-01-31T14:05:09+00:00" → "31/01/2014 14:05" (the clock time as given; a trailing Z adds "UTC").
 * Text that is not an ISO date-time is shown as it is.
 */
export function formatGeneratedAt(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?.*?(Z)?$/.exec(iso.trim());
  if (!m) return iso;
  const date = `${m[3]}/${m[2]}/${m[1]}`;
  if (m[4] === undefined) return date;
  return `${date} ${m[4]}:${m[5]}${m[6] ? " UTC" : ""}`;
}
