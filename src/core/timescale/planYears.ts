// What a plan as a whole says about its years, for the timescales that do not say it themselves:
// "30 Sept" and "June" take their year from the plan, and a bare "2023/24" is a financial or an academic
// year by the plan's own evidence (see tests/fixtures/README.md, "Conventions for plans beyond these
// fixtures"). The engine gathers this once per workbook (engine/planContext.ts); the grammar only reads it.
import { fromIso, type Ymd } from "../calendar/ymd";

/** Which kind of year a bare two-year span ("2023/24", "2009-10") is. */
export type YearKind = "academic" | "financial";

/** The workbook's context for the timescale grammar. */
export interface PlanYears {
  /** Years the plan's own dates and titles name, ascending, distinct. */
  readonly years: readonly number[];
  /** The report date (ISO), or null. */
  readonly asOf: string | null;
  /** The calendar the plan's own words point to ("financial year", "Q1", "Spring term"), if any. */
  readonly calendar: YearKind | null;
}

/** Where a year was found for a date written without one: said in the note. */
export type YearSource = "plan" | "report";

/** The report date as numbers, or null. */
export function reportDate(plan: PlanYears): Ymd | null {
  return plan.asOf === null ? null : fromIso(plan.asOf);
}

/** The month a plan's year starts in: April for a financial year, September for an academic one. */
function yearStartMonth(calendar: YearKind | null): number {
  return calendar === "academic" ? 9 : 4;
}

/** Days, roughly, from the report date to day d of month m in year y (months as 30.5 days: for comparing). */
function distance(y: number, m: number, d: number, asOf: Ymd): number {
  return Math.abs((y - asOf.y) * 366 + (m - asOf.m) * 30.5 + (d - asOf.d));
}

/**
 * The year of a date written without one (month 1–12, day or mid-month). Candidates are the years the
 * plan names. When the report date falls in or just after them, the candidate that puts the date nearest
 * the report date: a tracker's "30 Sept" is the coming or the last 30 September, not one years away.
 * Otherwise (a report date far from the plan's years): a plan that spans two consecutive years (a 2023/24
 * plan) places the month inside its year, April to March (September to August for an academic plan);
 * one year is that year; more, the one nearest the report date. No years: the report date's year; with
 * nothing at all, null (not dated).
 */
export function inferYear(
  month: number,
  day: number,
  plan: PlanYears
): { y: number; from: YearSource } | null {
  const ys = plan.years;
  const first = ys[0];
  const last = ys[ys.length - 1];
  const asOf = reportDate(plan);
  if (first === undefined || last === undefined) {
    return asOf === null ? null : { y: asOf.y, from: "report" };
  }
  if (asOf !== null && asOf.y >= first && asOf.y <= last + 1) {
    let best = first;
    for (const y of ys) {
      if (distance(y, month, day, asOf) <= distance(best, month, day, asOf)) best = y;
    }
    return { y: best, from: "plan" };
  }
  if (ys.length === 2 && last === first + 1) {
    return { y: month >= yearStartMonth(plan.calendar) ? first : last, from: "plan" };
  }
  if (asOf === null) return { y: first, from: "plan" };
  let best = first;
  for (const y of ys) if (Math.abs(y - asOf.y) < Math.abs(best - asOf.y)) best = y;
  return { y: best, from: "plan" };
}

/** Financial evidence: a financial year, FY, quarters (Q1–Q4, "quarter 2"), April to March. */
const FINANCIAL_RE =
  /\b(?:financial (?:year|yr)|fin(?:ancial)? yr|fiscal|fy|q[1-4]|quarter (?:[1-4]|one|two|three|four)|(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter|apr(?:il)? ?(?:\d{2,4} ?)?(?:-|to) ?mar(?:ch)?)\b/;

/** Academic evidence: an academic or school year, school terms and half-terms, September to July/August. */
const ACADEMIC_RE =
  /\b(?:academic|school year|(?:autumn|spring|summer) (?:half )?terms?|half[- ]?term(?:ly)?|termly|terms? [1-6]|sept?(?:ember)? ?(?:\d{2,4} ?)?(?:-|to) ?(?:july?|aug(?:ust)?))\b/;

/** The calendar one text points to (lower case, dashes folded to "-"), or null. */
export function calendarEvidence(norm: string): { financial: boolean; academic: boolean } {
  return { financial: FINANCIAL_RE.test(norm), academic: ACADEMIC_RE.test(norm) };
}

/** Four-digit years 1990–2099 in a text, and the second year of a pair ("2023/24", "2023-2024"). */
const YEAR_RE = /(?<![\d£$€#])(199\d|20\d\d)(?:\s?[/-]\s?(\d{2}|\d{4}))?(?![\d%])/g;

/** The years a title or heading names: the plan's years. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    const y = Number(m[1]);
    out.push(y);
    const second = m[2];
    if (second === undefined) continue;
    const n = Number(second);
    if (second.length === 4 && n > y && n <= 2099) out.push(n);
    else if (second.length === 2 && n === (y + 1) % 100) out.push(y + 1);
  }
  return out;
}
