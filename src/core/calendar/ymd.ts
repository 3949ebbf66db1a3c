// Pure calendar arithmetic on integer year/month/day: no Date objects, so results never depend on the
// machine's time zone. Day counts use Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).

/** A calendar date as integers: month 1–12, day 1–31. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(y: number, m: number): number {
  if (m === 2 && isLeapYear(y)) return 29;
  return MONTH_DAYS[m - 1] ?? 0;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

export function ymd(y: number, m: number, d: number): Ymd {
  return { y, m, d };
}

/** The last day of a month, e.g. lastDayOfMonth(2004, 2) → 2004-02-29. */
export function lastDayOfMonth(y: number, m: number): Ymd {
  return { y, m, d: daysInMonth(y, m) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function toIso(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads "YYYY-MM-DD"; null when it is not a real calendar date. */
export function fromIso(iso: string): Ymd | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

/** Days since 1970-01-01 (negative before). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** UK school terms: the convention this product uses for "Autumn term 2003" etc. */
export type Term = "autumn" | "spring" | "summer";

/**
 * The period a school term (or half of it) covers in its calendar year.
 * Terms: Autumn 1 Sep–31 Dec, Spring 1 Jan–31 Mar, Summer 1 Apr–31 Jul.
 * Half-terms: Autumn 1 ends 31 Oct, Spring 1 ends the last day of February, Summer 1 ends 31 May;
 * the second halves end with their term.
 */
export function termPeriod(term: Term, year: number, half: 0 | 1 | 2): { start: Ymd; end: Ymd } {
  switch (term) {
    case "autumn":
      if (half === 2) return { start: ymd(year, 11, 1), end: ymd(year, 12, 31) };
      return { start: ymd(year, 9, 1), end: half === 1 ? ymd(year, 10, 31) : ymd(year, 12, 31) };
    case "spring":
      if (half === 2) return { start: ymd(year, 3, 1), end: ymd(year, 3, 31) };
      return {
        start: ymd(year, 1, 1),
        end: half === 1 ? lastDayOfMonth(year, 2) : ymd(year, 3, 31),
      };
    case "summer":
      if (half === 2) return { start: ymd(year, 6, 1), end: ymd(year, 7, 31) };
      return { start: ymd(year, 4, 1), end: half === 1 ? ymd(year, 5, 31) : ymd(year, 7, 31) };
  }
}

/** The last day of a school term (see termPeriod), as an ISO date. */
export function endOfTerm(term: Term, year: number, half: 0 | 1 | 2 = 0): string {
  return toIso(termPeriod(term, year, half).end);
}

/** Easter Sunday (Gregorian computus, anonymous algorithm). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
