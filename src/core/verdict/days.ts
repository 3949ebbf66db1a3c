import { civilFromDays, daysFromCivil, fromIso, toIso } from "../calendar/ymd";

/** The ISO date `n` days after `iso` (before it when negative); `iso` itself when it is not a date. */
export function addDays(iso: string, n: number): string {
  const d = fromIso(iso);
  return d ? toIso(civilFromDays(daysFromCivil(d.y, d.m, d.d) + n)) : iso;
}
