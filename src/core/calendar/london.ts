/**
 * Dates as an officer's calendar in England reads them. The core reads no clock: callers pass `now`, and
 * this only formats it in Europe/London, so the pane and the CLI agree on "today" just after midnight in
 * summer time.
 */
export function londonDate(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
