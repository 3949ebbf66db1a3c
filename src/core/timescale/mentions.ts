// The date phrases of the grammar. Each matcher reads the tokens at one position and returns the period
// the phrase names (its first and last day) and where the phrase ends; the caller (parse.ts) decides
// which periods are starts and which the due date. Matchers never throw and never look at a clock.
// Year phrases are in years.ts.
import { easterSunday, isValidYmd, termPeriod, ymd, type Term } from "../calendar/ymd";
import {
  afterDay,
  dayMention,
  isSep,
  MAX_YEAR,
  MIN_YEAR,
  monthMention,
  num,
  startsNextDate,
  word,
  yearAt,
  yearPairAt,
  type Ctx,
  type Mention,
} from "./cursor";
import type { Tok } from "./lexer";
import {
  FUZZY_MONTH_TARGETS,
  MONTHS,
  NOT_MONTHS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  TERMS,
} from "./tokens";
import { matchNamedYear, matchQuarter, matchShortPair, matchYear } from "./years";
import { matchDayRange, yearlessMonthFits, yearlessTerm } from "./yearlessMentions";
import { MONTH_NAMES } from "../calendar/months";

export type { Ctx, Mention } from "./cursor";

/** Damerau (optimal string alignment) distance, capped: only "at most one edit" matters. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 9) + 1, (cur[j - 1] ?? 9) + 1, (prev[j - 1] ?? 9) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 9) + 1);
      }
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return (prev[b.length] ?? 9) <= 1;
}

/** A month word: exact, or (when `fuzzy`) one edit from a month name, noted as a guess. */
function monthAt(ctx: Ctx, i: number, fuzzy: boolean): number | null {
  const w = word(ctx, i);
  if (w === undefined) return null;
  const exact = MONTHS.get(w);
  if (exact !== undefined) return exact;
  if (!fuzzy || w.length < 4 || NOT_MONTHS.has(w)) return null;
  for (const [name, m] of FUZZY_MONTH_TARGETS) {
    // Officers' slips keep the first letter ("Spet", "Febuary", "Ocotber"); requiring it is faster and safer.
    if (w[0] === name[0] && withinOneEdit(w, name)) {
      ctx.notes.push(`read “${w}” as ${MONTH_NAMES[m - 1] ?? ""} (misspelt month)`);
      return m;
    }
  }
  return null;
}

function matchDateToken(ctx: Ctx, i: number, t: Tok): Mention | null {
  const raw = t.date;
  if (!raw) return null;
  const y = raw.yDigits === 2 ? 2000 + raw.y : raw.y;
  if (isValidYmd(y, raw.m, raw.d) && y >= MIN_YEAR && y <= MAX_YEAR) {
    return dayMention(y, raw.m, raw.d, i, i + 1);
  }
  ctx.notes.push(`“${t.s}” is not a real date (dates are read day first)`);
  return null;
}

/** "30th September 2003", "1 Oct 03", "30-Sep-2003", "3rd of March 2004". */
function matchDayMonthYear(ctx: Ctx, i: number): Mention | null {
  const day = afterDay(ctx, i);
  if (day === null) return null;
  let j = day.next;
  if (isSep(ctx, j, "-/.")) j++;
  const m = monthAt(ctx, j, true);
  if (m === null) return null;
  j++;
  if (isSep(ctx, j, ".")) j++;
  const beforeYear = j;
  if (isSep(ctx, j, "-/,")) j++;
  const y = startsNextDate(ctx, j) ? null : yearAt(ctx, j, true);
  if (y === null) {
    // "30 Sept", "by 30 September": the year comes from the cell's other dates or the plan (parse.ts)
    if (!isValidYmd(2000, m, day.day)) return null;
    return { ...dayMention(2000, m, day.day, i, beforeYear), yearless: true, yearlessDay: day.day };
  }
  if (!isValidYmd(y, m, day.day)) {
    ctx.notes.push(`${day.day} ${MONTH_NAMES[m - 1] ?? ""} ${y} is not a real date`);
    return null;
  }
  return dayMention(y, m, day.day, i, j + 1);
}

/**
 * "09/2014": a month number, a slash and a four-digit year (a month typed as text, or a date cell shown as
 * mm/yyyy). Only a four-digit year ("03/14" could as well be an academic year or a day without its year) and
 * only a slash ("1.2014" reads as a numbered item).
 */
function matchNumericMonth(ctx: Ctx, i: number): Mention | null {
  const t = num(ctx, i);
  if (!t || t.s.length > 2 || t.n < 1 || t.n > 12) return null;
  const y = ctx.toks[i + 2];
  if (!isSep(ctx, i + 1, "/") || ctx.toks[i + 1]?.gap || y?.gap) return null;
  if (y?.k !== "num" || y.s.length !== 4 || y.n < MIN_YEAR || y.n > MAX_YEAR) return null;
  // more numbers joined on ("1/2014/15") are something else
  if (isSep(ctx, i + 3, "/.-") && !ctx.toks[i + 3]?.gap && num(ctx, i + 4)) return null;
  return monthMention(y.n, t.n, i, i + 3);
}

/** "Sept 2003", "Dec02", "Jan-14", "March 15th, 2004", "October half term 2004", or a month with no year. */
function matchMonth(ctx: Ctx, i: number): Mention | null {
  let j = i + 1;
  if (isSep(ctx, j, ".")) j++;
  // "October half term" ("Oct HT"): the half-term holiday falls at the end of that month.
  if (word(ctx, j) === "half") {
    const k = isSep(ctx, j + 1, "-") ? j + 2 : j + 1;
    if (word(ctx, k) === "term") j = k + 1;
  } else if (word(ctx, j) === "halfterm" || word(ctx, j) === "ht") j++;
  const afterSep = isSep(ctx, j, "-/,.'") ? j + 1 : j;
  const looksDated = num(ctx, afterSep) !== undefined;
  const m = monthAt(ctx, i, looksDated);
  if (m === null) return null;
  const t = num(ctx, afterSep);
  if (t) {
    let k = afterSep + 1;
    const suffix = word(ctx, k);
    const hasSuffix = suffix !== undefined && ORDINAL_SUFFIXES.has(suffix) && !ctx.toks[k]?.gap;
    if (hasSuffix) k++;
    if (isSep(ctx, k, ",")) k++;
    const y4 = yearAt(ctx, k, false);
    if (t.s.length <= 2 && t.n >= 1 && t.n <= 31 && (hasSuffix || y4 !== null)) {
      if (y4 !== null && isValidYmd(y4, m, t.n)) return dayMention(y4, m, t.n, i, k + 1);
      return { ...monthMention(2000, m, i, k), yearless: true };
    }
    const y = startsNextDate(ctx, afterSep) ? null : yearAt(ctx, afterSep, true);
    if (y !== null) return monthMention(y, m, i, afterSep + 1);
  }
  if (!yearlessMonthFits(ctx, i)) return null;
  return { ...monthMention(2000, m, i, j), yearless: true };
}

/** The year a term phrase ends with: "2004", "04", or an academic year "2003/04" (term in its half). */
function termYear(ctx: Ctx, j: number, term: Term): { y: number; next: number } | null {
  let k = j;
  if (isSep(ctx, k, ",'")) k++;
  if (word(ctx, k) === "of") k++;
  const pair = yearPairAt(ctx, k, true);
  if (pair && pair.y2 === pair.y1 + 1) {
    return { y: term === "autumn" ? pair.y1 : pair.y2, next: pair.next };
  }
  const y = yearAt(ctx, k, true);
  return y === null ? null : { y, next: k + 1 };
}

/** "Autumn 2003", "Spring term 2004", "Summer 1 2004", "Autumn half term 2004", "summer holidays 2004". */
function matchTerm(ctx: Ctx, i: number, forcedHalf: 0 | 1 | 2, from: number): Mention | null {
  const w = word(ctx, i);
  const term = w === undefined ? undefined : TERMS.get(w);
  if (!term) return null;
  let j = i + 1;
  let half = forcedHalf;
  const h = word(ctx, j);
  if (term === "summer" && (h === "holiday" || h === "holidays" || h === "hols" || h === "break")) {
    const y = yearAt(ctx, j + 1, true);
    if (y === null) return null;
    return { start: ymd(y, 7, 21), end: ymd(y, 8, 31), precision: "term", from, next: j + 2 };
  }
  if (h === "half" && (word(ctx, j + 1) === "term" || word(ctx, j + 2) === "term")) {
    half = 1;
    j += word(ctx, j + 1) === "term" ? 2 : 3;
  } else if (h === "term" || h === "terms") {
    j++;
  }
  const marker = num(ctx, j);
  const roman = word(ctx, j);
  if (marker && marker.s.length === 1 && (marker.n === 1 || marker.n === 2)) {
    half = marker.n as 1 | 2;
    j++;
  } else if (roman === "i" || roman === "ii") {
    half = roman === "i" ? 1 : 2;
    j++;
  }
  if (word(ctx, j) === "term") j++;
  const ty = termYear(ctx, j, term);
  if (!ty) return yearlessTerm(ctx, term, half, from, j);
  const p = termPeriod(term, ty.y, half);
  return { start: p.start, end: p.end, precision: "term", from, next: ty.next };
}

/** The six-term year: term N as a half of the three terms (Term 1 is Autumn 1, Term 6 is Summer 2). */
const NUMBERED_TERMS: readonly (readonly [Term, 1 | 2])[] = [
  ["autumn", 1],
  ["autumn", 2],
  ["spring", 1],
  ["spring", 2],
  ["summer", 1],
  ["summer", 2],
];

/** "Term 1 2014", "Term 4 2014/15", "Terms 5 2015": a term of the six-term year, as its half-term. */
function matchNumberedTerm(ctx: Ctx, i: number): Mention | null {
  const w = word(ctx, i);
  if (w !== "term" && w !== "terms") return null;
  const t = num(ctx, i + 1);
  const named = t && t.s.length === 1 ? NUMBERED_TERMS[t.n - 1] : undefined;
  if (!named) return null;
  const [term, half] = named;
  const ty = termYear(ctx, i + 2, term);
  if (!ty) {
    ctx.notes.push(`“term ${t?.n ?? ""}” has no year: not dated`);
    return null;
  }
  const p = termPeriod(term, ty.y, half);
  return { start: p.start, end: p.end, precision: "term", from: i, next: ty.next };
}

/** "first half of the autumn term 2004", "2nd half of spring term 2005". */
function matchHalfOfTerm(ctx: Ctx, i: number): Mention | null {
  let j = i;
  let half = ORDINAL_WORDS.get(word(ctx, j) ?? "");
  if (half === undefined) {
    const t = num(ctx, j);
    const suffix = word(ctx, j + 1);
    if (!t || suffix === undefined || !ORDINAL_SUFFIXES.has(suffix)) return null;
    half = t.n;
    j++;
  }
  if ((half !== 1 && half !== 2) || word(ctx, j + 1) !== "half") return null;
  j += 2;
  if (word(ctx, j) === "of") j++;
  if (word(ctx, j) === "the") j++;
  return matchTerm(ctx, j, half, i);
}

/** "Easter 2004" (Easter Sunday), "Christmas 2003" (25 December). */
function matchHoliday(ctx: Ctx, i: number): Mention | null {
  const w = word(ctx, i);
  if (w !== "easter" && w !== "christmas" && w !== "xmas") return null;
  let j = i + 1;
  const h = word(ctx, j);
  if (h === "holiday" || h === "holidays" || h === "break" || h === "hols") j++;
  const y = yearAt(ctx, j, true);
  if (y === null) return null;
  const day = w === "easter" ? easterSunday(y) : ymd(y, 12, 25);
  ctx.notes.push(`read “${w} ${y}” as ${w === "easter" ? "Easter Sunday" : "Christmas Day"}`);
  return { start: day, end: day, precision: "day", from: i, next: j + 1 };
}

/** The date phrase starting at token i, if any. */
export function matchAt(ctx: Ctx, i: number): Mention | null {
  const t = ctx.toks[i];
  if (!t) return null;
  switch (t.k) {
    case "date":
      return matchDateToken(ctx, i, t);
    case "num":
      return (
        matchDayMonthYear(ctx, i) ??
        matchDayRange(ctx, i, matchDayMonthYear) ??
        matchNumericMonth(ctx, i) ??
        matchHalfOfTerm(ctx, i) ??
        matchQuarter(ctx, i) ??
        matchShortPair(ctx, i) ??
        matchYear(ctx, i)
      );
    case "word":
      if (MONTHS.has(t.s) || (t.s.length >= 4 && !TERMS.has(t.s))) {
        const m = matchMonth(ctx, i);
        if (m) return m;
      }
      return (
        matchTerm(ctx, i, 0, i) ??
        matchNumberedTerm(ctx, i) ??
        matchHalfOfTerm(ctx, i) ??
        matchQuarter(ctx, i) ??
        matchNamedYear(ctx, i) ??
        matchHoliday(ctx, i)
      );
    default:
      return null;
  }
}
