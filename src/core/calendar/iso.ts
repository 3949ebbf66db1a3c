import { memoByText } from "../memo";
// Dates in the core are ISO "YYYY-MM-DD" strings. Day differences use UTC midnights only, so the
// result never depends on the machine's time zone or on British Summer Time.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Every action compares its due date with the same report date: each date's day number, once. */
const utcDay = memoByText(utcDayOf, 4096);

function utcDayOf(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null when either is not an ISO date. */
export function daysBetween(from: string, to: string): number | null {
  const a = utcDay(from);
  const b = utcDay(to);
  return a === null || b === null ? null : b - a;
}

/** UK date for people: 2003-09-30 → 30/09/2003 (text that is not an ISO date is returned as it is). */
export function formatUkDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "1 day", "62 days". */
export function dayCount(n: number): string {
  return `${n} ${Math.abs(n) === 1 ? "day" : "days"}`;
}
