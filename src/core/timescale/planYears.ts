// What a plan as a whole says about its years, for the timescales that do not say it themselves:
// "30 Sept" and "June" take their year from the plan, and a bare "2023/24" is a financial or an academic
// year by the plan's own evidence (see tests/fixtures/README.md, "Conventions for plans beyond these
// fixtures"). The engine gathers this once per workbook (engine/planContext.ts); the grammar only reads it.

/** Which kind of year a bare two-year span ("2023/24", "2009-10") is. */
export type YearKind = "academic" | "financial";

/** The workbook's context for the timescale grammar. */
export interface PlanYears {
  /** Years the plan's own dates and titles name, ascending, distinct. */
  readonly years: readonly number[];
  /** The report date's year (the last resort for a date written without a year). */
  readonly asOfYear: number | null;
  /** The calendar the plan's own words point to ("financial year", "Q1", "Spring term"), if any. */
  readonly calendar: YearKind | null;
}

/** Where a year was found for a date written without one: said in the note. */
export type YearSource = "plan" | "report";

/** The month a plan's year starts in: April for a financial year, September for an academic one. */
function yearStartMonth(calendar: YearKind | null): number {
  return calendar === "academic" ? 9 : 4;
}

/**
 * The year of a date written without one (month 1–12). A plan that names one year: that year. One that
 * spans two consecutive years (a 2023/24 plan): the year that puts the month inside the plan's year,
 * April to March (or September to August when the plan is an academic one). Otherwise the report date's
 * year when the plan names it, else the plan's year nearest the report date; with no years at all, the
 * report date's year; with nothing, null (not dated).
 */
export function inferYear(month: number, plan: PlanYears): { y: number; from: YearSource } | null {
  const ys = plan.years;
  const first = ys[0];
  if (first !== undefined && ys.length === 1) return { y: first, from: "plan" };
  if (first !== undefined && ys.length === 2 && ys[1] === first + 1) {
    return { y: month >= yearStartMonth(plan.calendar) ? first : first + 1, from: "plan" };
  }
  if (first !== undefined) {
    const target = plan.asOfYear;
    if (target === null) return { y: first, from: "plan" };
    let best = first;
    for (const y of ys) if (Math.abs(y - target) < Math.abs(best - target)) best = y;
    return { y: best, from: "plan" };
  }
  return plan.asOfYear === null ? null : { y: plan.asOfYear, from: "report" };
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
const YEAR_RE = /(?<!\d)(199\d|20\d\d)(?:\s?[/-]\s?(\d{2}|\d{4}))?(?![\d%])/g;

/** The years a title or heading names: the plan's years. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    const y = Number(m[1]);
    out.push(y);
    const second = m[2];
    if (second !== undefined && Number(second) % 100 === (y + 1) % 100) out.push(y + 1);
  }
  return out;
}
