// Dates written without a year ("Sept – Dec 2003", "30 Sept", "June", "6 October to 4 January"). A month
// joined to a dated one borrows its year; one after a range word follows the date before it, rolled into
// the next year when it would otherwise end before it starts; "next year" counts from the report date; the
// rest take the plan's year (planYears.ts) and say so in a note, as the year was guessed.
import { MONTH_NAMES } from "../calendar/months";
import { compareYmd, daysInMonth, lastDayOfMonth, termPeriod, ymd } from "../calendar/ymd";
import type { Ctx, Mention } from "./cursor";
import type { Tok } from "./lexer";
import { inferYear, reportDate } from "./planYears";
import { FORWARD_WORDS, PAST_WORDS, RANGE_WORDS } from "./tokens";

import { YEAR_INFERRED_NOTE } from "./yearlessNote";

export { YEAR_INFERRED_NOTE };

const YEAR_BORROW_CONNECTORS: ReadonlySet<string> = new Set([
  ...RANGE_WORDS,
  "/",
  "&",
  "+",
  ",",
  "and",
  "or",
]);

function wordAt(toks: readonly Tok[], i: number): string | undefined {
  const t = toks[i];
  return t && (t.k === "word" || t.k === "sep") ? t.s : undefined;
}

/** The yearless mention placed in year y: its day (kept, or the month's last when the year has no 29 Feb). */
function inYear(m: Mention, y: number): Mention {
  if (m.term) {
    const p = termPeriod(m.term[0], y, m.term[1]);
    return { ...m, start: p.start, end: p.end };
  }
  const month = m.start.m;
  if (m.yearlessDay === undefined) {
    return { ...m, start: ymd(y, month, 1), end: lastDayOfMonth(y, month) };
  }
  const day = ymd(y, month, Math.min(m.yearlessDay, daysInMonth(y, month)));
  return { ...m, start: day, end: day };
}

function shown(toks: readonly Tok[], m: Mention): string {
  return toks
    .slice(m.from, m.next)
    .map((t) => (t.gap ? ` ${t.s}` : t.s))
    .join("")
    .trim();
}

function joined(toks: readonly Tok[], a: Mention, b: Mention): boolean {
  const gap = b.from - a.next;
  return gap === 0 || (gap === 1 && YEAR_BORROW_CONNECTORS.has(wordAt(toks, a.next) ?? ""));
}

/** "May next year", "June this year": counted from the report date. */
function relativeYear(ctx: Ctx, m: Mention): number | null {
  const which = wordAt(ctx.toks, m.next);
  const asOf = ctx.plan ? reportDate(ctx.plan) : null;
  if (wordAt(ctx.toks, m.next + 1) !== "year" || asOf === null) return null;
  if (which === "next") return asOf.y + 1;
  if (which === "this") return asOf.y;
  return null;
}

/**
 * The cell looks ahead ("due in February", "expected to take place in March", "finishes in July"), and
 * says nothing of the past ("was due in June", "originally expected in May").
 */
function looksAhead(toks: readonly Tok[]): boolean {
  const words = toks.filter((t) => t.k === "word").map((t) => t.s);
  return words.some((w) => FORWARD_WORDS.has(w)) && !words.some((w) => PAST_WORDS.has(w));
}

/**
 * A date the cell says is still to come cannot fall before the report date: placed by the plan's year
 * before it, it moves to the next year ("due in February" in a November report is next February).
 */
function stillToCome(ctx: Ctx, m: Mention, y: number): number {
  const asOf = ctx.plan ? reportDate(ctx.plan) : null;
  if (asOf === null || !looksAhead(ctx.toks) || compareYmd(inYear(m, y).end, asOf) >= 0) return y;
  // only when that puts it on or after the report date: a plan read years later keeps its own year
  return compareYmd(inYear(m, y + 1).end, asOf) >= 0 ? y + 1 : y;
}

/** A year from outside the cell: the report date ("next year"), then the plan; noted. Null: not dated. */
function guessed(ctx: Ctx, m: Mention, notes: string[]): Mention | null {
  // with no context the date stays undated; with one it is placed: either way the reading depends on it
  ctx.used.context = true;
  const text = shown(ctx.toks, m);
  const relative = relativeYear(ctx, m);
  // a term is placed by the month it ends in
  const month = m.term ? m.end.m : m.start.m;
  const day = m.yearlessDay ?? 15;
  const inferred = relative === null && ctx.plan ? inferYear(month, day, ctx.plan) : null;
  const y = relative ?? (inferred ? stillToCome(ctx, m, inferred.y) : null);
  if (y === null) {
    notes.push(`“${text}” has no year: not dated`);
    return null;
  }
  const placed = inYear(m, y);
  const dayShown = m.yearlessDay === undefined ? "" : `${placed.start.d} `;
  const from =
    relative !== null
      ? "counted from the report date"
      : inferred?.from === "plan"
        ? "the year from the plan's dates"
        : "the report date's year";
  const as = m.term
    ? `the ${m.term[0]} term ${y}`
    : `${dayShown}${MONTH_NAMES[m.start.m - 1] ?? ""} ${y}`;
  notes.push(`${YEAR_INFERRED_NOTE}: read “${text}” as ${as} (${from})`);
  return placed;
}

/** Places every mention written without a year; those that cannot be placed are dropped (and noted). */
export function resolveYears(ctx: Ctx, mentions: readonly Mention[], notes: string[]): Mention[] {
  const toks = ctx.toks;
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m) continue;
    if (!m.yearless) {
      out.push(m);
      continue;
    }
    const n = mentions[i + 1];
    if (
      n &&
      !n.yearless &&
      joined(toks, m, n) &&
      (n.precision === "month" || n.precision === "day")
    ) {
      // "Sept – Dec 2003": the year of the date after it, the year before when the month comes later
      const after = compareYmd(inYear(m, n.start.y).start, n.start) > 0;
      out.push(inYear(m, after ? n.start.y - 1 : n.start.y));
      continue;
    }
    const p = out[out.length - 1];
    if (p && joined(toks, p, m)) {
      // "March 2004 – June", "6 October to 4 January": after the date before it, rolled forward
      const same = inYear(m, p.end.y);
      out.push(compareYmd(same.end, p.start) < 0 ? inYear(m, p.end.y + 1) : same);
      continue;
    }
    const placed = guessed(ctx, m, notes);
    if (placed) out.push(placed);
  }
  return out;
}
