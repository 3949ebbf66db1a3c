// Reading tokens at a position, and the periods (mentions) the phrase matchers return.
import type { Precision } from "../schema/timescale";
import { lastDayOfMonth, ymd, type Ymd } from "../calendar/ymd";
import type { Tok } from "./lexer";
import type { Term } from "../calendar/ymd";
import type { PlanYears, YearKind } from "./planYears";
import { MONTHS, ORDINAL_SUFFIXES } from "./tokens";

/** A period named in the cell. */
export interface Mention {
  start: Ymd;
  end: Ymd;
  readonly precision: Precision;
  /** First token of the phrase and the token after it. */
  readonly from: number;
  readonly next: number;
  /** A month written without a year ("Sept – Dec 2003"): it borrows the year of the date after it. */
  readonly yearless?: boolean;
  /** The phrase itself names a start and an end ("2004-2007"). */
  readonly span?: boolean;
  /** A day and month without a year ("30 Sept"): the day, kept for when the year is found. */
  readonly yearlessDay?: number;
  /** A term without a year ("Spring term"): which term and half, for when the year is found. */
  readonly term?: readonly [Term, 0 | 1 | 2];
}

/** What a matcher needs besides the tokens. */
export interface Ctx {
  readonly toks: readonly Tok[];
  readonly notes: string[];
  /** The user's setting for a bare "2009-10": null leaves it to the plan's evidence, then the punctuation. */
  readonly bareYearRange: YearKind | null;
  /** The workbook's years and calendar, for what the cell does not say; null when there is none. */
  readonly plan: PlanYears | null;
  /** Set when the reading used the setting or the plan (so it is remembered per workbook, not per text). */
  readonly used: { context: boolean };
  /** The cell mentions a financial or an academic year somewhere. */
  readonly cellFinancial: boolean;
  readonly cellAcademic: boolean;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export function word(ctx: Ctx, i: number): string | undefined {
  const t = ctx.toks[i];
  return t?.k === "word" ? t.s : undefined;
}

export function isSep(ctx: Ctx, i: number, chars: string): boolean {
  const t = ctx.toks[i];
  return t?.k === "sep" && chars.includes(t.s);
}

export function num(ctx: Ctx, i: number): Tok | undefined {
  const t = ctx.toks[i];
  return t?.k === "num" ? t : undefined;
}

/** A year written as four digits (1900–2099) or two (always 20xx). */
export function yearAt(ctx: Ctx, i: number, allowTwoDigit: boolean): number | null {
  const t = num(ctx, i);
  if (!t) return null;
  if (t.s.length === 4 && t.n >= MIN_YEAR && t.n <= MAX_YEAR) return t.n;
  if (allowTwoDigit && t.s.length === 2) return 2000 + t.n;
  return null;
}

/**
 * "27 February - 14 March": a day-sized number that a month follows is the day of the next date (the end
 * of a range), never the two-digit year of the month before it.
 */
export function startsNextDate(ctx: Ctx, i: number): boolean {
  const day = afterDay(ctx, i);
  if (day === null) return false;
  const w = word(ctx, day.next);
  return w !== undefined && MONTHS.has(w);
}

/**
 * "30th of …", "3 …": the day-sized number at i and where what follows it (its ordinal suffix and an "of"
 * skipped) starts; null when the token at i is not a day of the month.
 */
/** Words a number labels ("Phase 2 Mar 2017", "Stage 3 June 2024"): the number is the label, never a day. */
const LABELLED_BY: ReadonlySet<string> = new Set([
  "phase",
  "stage",
  "step",
  "part",
  "wave",
  "tranche",
  "round",
  "level",
  "priority",
  "action",
  "item",
  "milestone",
  "workstream",
  "objective",
]);

export function afterDay(ctx: Ctx, i: number): { day: number; next: number } | null {
  const t = num(ctx, i);
  if (!t || t.s.length > 2 || t.n < 1 || t.n > 31) return null;
  const before = word(ctx, i - 1);
  if (before !== undefined && LABELLED_BY.has(before)) return null;
  let k = i + 1;
  const suffix = word(ctx, k);
  if (suffix !== undefined && ORDINAL_SUFFIXES.has(suffix) && !ctx.toks[k]?.gap) k++;
  if (word(ctx, k) === "of") k++;
  return { day: t.n, next: k };
}

/** "2009-10", "2009/10", "2009 – 2010", "2004/5", "2004-2007": two years joined by a dash or slash. */
export function yearPairAt(
  ctx: Ctx,
  i: number,
  allowTwoDigitFirst: boolean
): { y1: number; y2: number; next: number; shortSecond: boolean; slash: boolean } | null {
  const y1 = yearAt(ctx, i, allowTwoDigitFirst);
  if (y1 === null) return null;
  const byWord = word(ctx, i + 1) === "to";
  if (!byWord && !isSep(ctx, i + 1, "-/")) return null;
  const t = num(ctx, i + 2);
  // "2022 to 23" is one year written as two; "2004 to 2007" is a range of years (read elsewhere)
  if (!t || (byWord && t.s.length !== 2)) return null;
  let y2: number;
  if (t.s.length === 4) y2 = t.n;
  else if (t.s.length === 2) y2 = y1 - (y1 % 100) + t.n + (t.n < y1 % 100 ? 100 : 0);
  else if (t.s.length === 1) y2 = y1 - (y1 % 10) + t.n + (t.n <= y1 % 10 ? 10 : 0);
  else return null;
  if (y2 <= y1 || y2 > MAX_YEAR) return null;
  return { y1, y2, next: i + 3, shortSecond: t.s.length < 4, slash: isSep(ctx, i + 1, "/") };
}

export function monthMention(y: number, m: number, from: number, next: number): Mention {
  return { start: ymd(y, m, 1), end: lastDayOfMonth(y, m), precision: "month", from, next };
}

export function dayMention(y: number, m: number, d: number, from: number, next: number): Mention {
  const day = ymd(y, m, d);
  return { start: day, end: day, precision: "day", from, next };
}

export function yearMention(y1: number, y2: number, from: number, next: number): Mention {
  return { start: ymd(y1, 1, 1), end: ymd(y2, 12, 31), precision: "year", from, next };
}

export function academicOrFinancial(
  kind: "academic" | "financial",
  y1: number,
  from: number,
  next: number
): Mention {
  return kind === "academic"
    ? { start: ymd(y1, 9, 1), end: ymd(y1 + 1, 8, 31), precision: "academic-year", from, next }
    : { start: ymd(y1, 4, 1), end: ymd(y1 + 1, 3, 31), precision: "financial-year", from, next };
}

/** A numeric date token, day first always. */
