/** Today's date in Europe/London as YYYY-MM-DD: the default report date, as an officer's calendar reads it. */
export function londonToday(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The workbook's file name from its URL or path ("https://…/Plan%202026.xlsx" → "Plan 2026.xlsx"). */
export function fileNameOf(url: string | null | undefined): string {
  const last = (url ?? "").split(/[\\/]/).pop()?.split(/[?#]/)[0] ?? "";
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // a stray % in a local path is the name itself
  }
  return name.trim() || "This workbook";
}
