// The phrases around dates written without a year, kept apart from the main matchers (mentions.ts): when a
// month with no year is a date at all ("May be delayed" is not), a term with no year, and a range of days
// that takes its month from the day after it ("7-9 October 2025").
import { termPeriod, type Term } from "../calendar/ymd";
import { dayMention, num, word, type Ctx, type Mention } from "./cursor";

/** Words before a month that make it a date: "by June", "end of March", "in May", "(June)". */
const BEFORE_MONTH: ReadonlySet<string> = new Set([
  "by",
  "in",
  "of",
  "from",
  "to",
  "until",
  "till",
  "before",
  "after",
  "during",
  "early",
  "mid",
  "late",
  "end",
  "due",
  "-",
  "(",
  ",",
  "/",
  "&",
  "+",
  ":",
  "and",
  "or",
]);
/** Month names that are also everyday words ("May be delayed", "march on"). */
const WORDLIKE_MONTHS: ReadonlySet<string> = new Set(["may", "march", "mar"]);
/** "Every August", "each March": a recurring month, not a due date. */
const RECURRING_BEFORE: ReadonlySet<string> = new Set([
  "every",
  "each",
  "annually",
  "yearly",
  "termly",
]);

/** Whether a month with no year is a date here, and not a verb or a recurring month. */
export function yearlessMonthFits(ctx: Ctx, i: number): boolean {
  const prev = ctx.toks[i - 1];
  if (prev && RECURRING_BEFORE.has(prev.s)) return false;
  const w = word(ctx, i) ?? "";
  if (!WORDLIKE_MONTHS.has(w)) return true;
  if (prev) return BEFORE_MONTH.has(prev.s);
  const next = ctx.toks[i + 1];
  return next === undefined || next.k !== "word" || BEFORE_MONTH.has(next.s);
}

/**
 * "Spring term", "over the summer": a term without a year takes the plan's (yearless.ts), unless a
 * cadence comes before it ("Annually Spring term" recurs; it is not one term).
 */
export function yearlessTerm(
  ctx: Ctx,
  term: Term,
  half: 0 | 1 | 2,
  from: number,
  next: number
): Mention | null {
  const prev = ctx.toks[from - 1];
  if (prev && RECURRING_BEFORE.has(prev.s)) return null;
  ctx.used.context = true;
  if (!ctx.plan) {
    ctx.notes.push(`“${term} term” has no year: not dated`);
    return null;
  }
  const p = termPeriod(term, 2000, half);
  return {
    start: p.start,
    end: p.end,
    precision: "term",
    from,
    next,
    yearless: true,
    term: [term, half],
  };
}

/** Words between the two days of "7-9 October", "4 and 7 November", "7 to 9 October". */
const DAY_RANGE_WORDS: ReadonlySet<string> = new Set(["-", "to", "and", "&", "until", "till"]);

/**
 * "7-9 October 2025", "between 4 and 7 November 2024": the first day takes the month and year of the
 * day after it; the phrase ends after the first day, so the connector makes the two a range.
 */
export function matchDayRange(
  ctx: Ctx,
  i: number,
  dayAt: (ctx: Ctx, i: number) => Mention | null
): Mention | null {
  const t = num(ctx, i);
  if (!t || t.s.length > 2 || t.n < 1 || t.n > 31) return null;
  const c = ctx.toks[i + 1];
  if (!c || !DAY_RANGE_WORDS.has(c.s)) return null;
  const second = dayAt(ctx, i + 2);
  if (!second || second.precision !== "day" || second.start.d <= t.n) return null;
  const { y, m } = second.start;
  if (second.yearless)
    return { ...dayMention(y, m, t.n, i, i + 1), yearless: true, yearlessDay: t.n };
  return dayMention(y, m, t.n, i, i + 1);
}
