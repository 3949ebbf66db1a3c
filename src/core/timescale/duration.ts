// A length of time counted from a date ("for a period of 18 months from October 2020", "4 to 6 months from
// June 2023"): the date after "from" is not an open start but the anchor of a bounded period. "For / over /
// a period of N months from X" is a span that begins with X and lasts N months; "N months from X" is an
// offset, due N months after X. Either way the work is not open-ended.
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  lastDayOfMonth,
  ymd,
  type Ymd,
} from "../calendar/ymd";
import type { Mention } from "./cursor";
import type { Tok } from "./lexer";
import { DURATION_SPAN_WORDS, DURATION_UNITS, NUMBER_WORDS, RANGE_WORDS } from "./tokens";

function wordAt(toks: readonly Tok[], i: number): string | undefined {
  const t = toks[i];
  return t && (t.k === "word" || t.k === "sep") ? t.s : undefined;
}

function countAt(toks: readonly Tok[], i: number): number | null {
  const t = toks[i];
  if (!t) return null;
  if (t.k === "num" && Number.isInteger(t.n) && t.n > 0 && t.n <= 120) return t.n;
  return t.k === "word" ? (NUMBER_WORDS.get(t.s) ?? null) : null;
}

function addMonths(date: Ymd, months: number, endOfMonth: boolean): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return endOfMonth ? lastDayOfMonth(y, m) : ymd(y, m, Math.min(date.d, daysInMonth(y, m)));
}

function addDays(date: Ymd, days: number): Ymd {
  return civilFromDays(daysFromCivil(date.y, date.m, date.d) + days);
}

/** The length before "from" at token `fromAt`: the larger count, in months or days, and whether it is a span. */
function lengthBefore(
  toks: readonly Tok[],
  fromAt: number
): { months: number; days: number; span: boolean } | null {
  const unit = DURATION_UNITS.get(wordAt(toks, fromAt - 1) ?? "");
  let count = countAt(toks, fromAt - 2);
  if (unit === undefined || count === null) return null;
  let k = fromAt - 3;
  // "4 to 6 months": the longer count is the bound
  const low = countAt(toks, k - 1);
  if (RANGE_WORDS.has(wordAt(toks, k) ?? "") && low !== null) {
    count = Math.max(count, low);
    k -= 2;
  }
  let span = false;
  for (let back = 0; back < 4 && k >= 0; back++, k--) {
    if (DURATION_SPAN_WORDS.has(wordAt(toks, k) ?? "")) span = true;
  }
  return unit.days > 0
    ? { months: 0, days: count * unit.days, span }
    : { months: count * unit.months, days: 0, span };
}

/**
 * The bounded period a "N months from X" phrase names, or null when the mention is not such an anchor.
 * A span keeps X's start as its start; an offset names only its end.
 */
export function durationFrom(
  toks: readonly Tok[],
  m: Mention,
  fromAt: number
): { start: Ymd | null; end: Ymd } | null {
  const len = lengthBefore(toks, fromAt);
  if (!len) return null;
  const byMonth = m.precision === "month";
  if (len.span) {
    const after = len.days > 0 ? addDays(m.start, len.days) : addMonths(m.start, len.months, false);
    return { start: m.start, end: addDays(after, -1) };
  }
  const end = len.days > 0 ? addDays(m.end, len.days) : addMonths(m.end, len.months, byMonth);
  return { start: null, end };
}
