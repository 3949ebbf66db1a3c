// Year phrases: "2004", "2009-10" (academic or financial), "2004-2007", "FY 2014/15", "Q3 2014/15".
import { lastDayOfMonth, ymd } from "../calendar/ymd";
import {
  academicOrFinancial,
  isSep,
  num,
  word,
  yearAt,
  yearMention,
  yearPairAt,
  type Ctx,
  type Mention,
} from "./cursor";
import { reportDate, type YearKind } from "./planYears";
import { YEAR_INFERRED_NOTE } from "./yearlessNote";
import { ACADEMIC_WORDS, FINANCIAL_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS } from "./tokens";

const KIND_WORDS: Readonly<Record<YearKind, string>> = {
  academic: "an academic",
  financial: "a financial",
};

/**
 * Which kind of year "2009-10" is: words next to it, then words anywhere in the cell; then the setting,
 * the plan's own evidence, and last the punctuation (a slash is a financial year, a hyphen an academic one).
 */
function pairKind(ctx: Ctx, from: number, next: number, shown: string, slash: boolean): YearKind {
  for (const k of [from - 1, from - 2, from - 3, next, next + 1]) {
    const w = word(ctx, k);
    if (w === undefined) continue;
    if (FINANCIAL_WORDS.has(w)) return "financial";
    if (ACADEMIC_WORDS.has(w)) return "academic";
  }
  if (ctx.cellFinancial && !ctx.cellAcademic) return "financial";
  if (ctx.cellAcademic && !ctx.cellFinancial) return "academic";
  ctx.used.context = true;
  let kind: YearKind;
  let why: string;
  if (ctx.bareYearRange !== null) {
    kind = ctx.bareYearRange;
    why = "default: the setting";
  } else if (ctx.plan?.calendar) {
    kind = ctx.plan.calendar;
    why = `the plan speaks of ${kind} years`;
  } else {
    kind = slash ? "financial" : "academic";
    why = `default: ${slash ? "a slash" : "a hyphen"}, and nothing in the plan says which`;
  }
  ctx.notes.push(`read “${shown}” as ${KIND_WORDS[kind]} year (${why})`);
  return kind;
}

/** "24/25", "23-24": a year pair in two digits each, consecutive (never a day and month: no month 25). */
function shortPairAt(ctx: Ctx, i: number): { y1: number; next: number; slash: boolean } | null {
  const a = num(ctx, i);
  const b = num(ctx, i + 2);
  if (!a || !b || a.s.length !== 2 || b.s.length !== 2 || b.n !== (a.n + 1) % 100) return null;
  if (!isSep(ctx, i + 1, "/-") || ctx.toks[i + 1]?.gap || b.gap) return null;
  // part of something longer ("1/24/25", "24/25/26")
  if (isSep(ctx, i - 1, "/-.") && !ctx.toks[i]?.gap) return null;
  if (isSep(ctx, i + 3, "/-.") && num(ctx, i + 4) && !ctx.toks[i + 3]?.gap) return null;
  return { y1: 2000 + a.n, next: i + 3, slash: isSep(ctx, i + 1, "/") };
}

/** "24/25" (a bare year pair in two digits): academic or financial as "2024/25" would be. */
export function matchShortPair(ctx: Ctx, i: number): Mention | null {
  const pair = shortPairAt(ctx, i);
  if (!pair) return null;
  const shown = ctx.toks
    .slice(i, pair.next)
    .map((x) => x.s)
    .join("");
  return academicOrFinancial(pairKind(ctx, i, pair.next, shown, pair.slash), pair.y1, i, pair.next);
}

/** "2004", "2009-10" (academic or financial), "2004-2007" (a span of calendar years). */
export function matchYear(ctx: Ctx, i: number): Mention | null {
  const t = num(ctx, i);
  const y = yearAt(ctx, i, false);
  if (!t || y === null) return null;
  const before = ctx.toks[i - 1];
  const after = ctx.toks[i + 1];
  if (before?.k === "sep" && !t.gap && "£$€#".includes(before.s)) return null;
  if (after && !after.gap && (after.s === "%" || after.s === "k")) return null;
  const pair = yearPairAt(ctx, i, false);
  if (pair) {
    const shown = ctx.toks
      .slice(i, pair.next)
      .map((x) => x.s)
      .join("");
    if (pair.y2 === pair.y1 + 1) {
      const kind = pairKind(ctx, i, pair.next, shown, pair.slash);
      return academicOrFinancial(kind, pair.y1, i, pair.next);
    }
    if (pair.y2 - pair.y1 <= 30) {
      if (pair.shortSecond) ctx.notes.push(`read “${shown}” as the years ${pair.y1}–${pair.y2}`);
      return { ...yearMention(pair.y1, pair.y2, i, pair.next), span: true };
    }
  }
  return yearMention(y, y, i, i + 1);
}

/** "FY 2014/15", "financial year 2014-15", "academic year 2009/10", "FY15" (the year to 31 March 2015). */
export function matchNamedYear(ctx: Ctx, i: number): Mention | null {
  const w = word(ctx, i) ?? "";
  const kind = FINANCIAL_WORDS.has(w) ? "financial" : ACADEMIC_WORDS.has(w) ? "academic" : null;
  if (!kind) return null;
  let j = i + 1;
  if (isSep(ctx, j, "-")) j++;
  const y = word(ctx, j);
  if (y === "year" || y === "yr" || y === "years") j++;
  if (word(ctx, j) === "of") j++;
  const pair = yearPairAt(ctx, j, true);
  if (pair && pair.y2 === pair.y1 + 1) return academicOrFinancial(kind, pair.y1, i, pair.next);
  const single = yearAt(ctx, j, w === "fy");
  if (single === null) return relativeNamedYear(ctx, kind, i, j);
  if (kind === "financial") {
    ctx.notes.push(
      `read “${w} ${ctx.toks[j]?.s ?? ""}” as the financial year ending March ${single}`
    );
    return academicOrFinancial("financial", single - 1, i, j + 1);
  }
  ctx.notes.push(
    `read academic year ${single} as ${single}/${String((single + 1) % 100).padStart(2, "0")}`
  );
  return academicOrFinancial("academic", single, i, j + 1);
}

/** "quarter one 2025/2026". */
const QUARTER_NUMBERS: ReadonlyMap<string, number> = new Map([
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
]);

/** "this" is the year the report date falls in; "next" the one after. */
const RELATIVE_YEAR_WORDS: ReadonlyMap<string, number> = new Map([
  ["the", 0],
  ["this", 0],
  ["current", 0],
  ["next", 1],
  ["following", 1],
  ["coming", 1],
  ["last", -1],
  ["previous", -1],
]);

/**
 * "the end of the financial year", "into the next financial year", "by the end of the academic year": the
 * year the report date falls in (or the next, the last), a guess said in a note.
 */
function relativeNamedYear(ctx: Ctx, kind: YearKind, i: number, next: number): Mention | null {
  const named = word(ctx, next - 1);
  if (named !== "year" && named !== "yr") return null;
  const shift = RELATIVE_YEAR_WORDS.get(word(ctx, i - 1) ?? "");
  if (shift === undefined) return null;
  ctx.used.context = true;
  const asOf = ctx.plan ? reportDate(ctx.plan) : null;
  if (asOf === null) return null;
  const startMonth = kind === "financial" ? 4 : 9;
  const y1 = (asOf.m >= startMonth ? asOf.y : asOf.y - 1) + shift;
  const shown = `${y1}/${String((y1 + 1) % 100).padStart(2, "0")}`;
  ctx.notes.push(
    `${YEAR_INFERRED_NOTE}: read “${word(ctx, i - 1) ?? ""} ${kind} year” as ${shown} (counted from the report date)`
  );
  return academicOrFinancial(kind, y1, i, next);
}

/** "Q3 2014/15" (financial: Q1 is April–June), "Q1 2015" (calendar), "third quarter of 2015/16". */
export function matchQuarter(ctx: Ctx, i: number): Mention | null {
  let q: number | undefined;
  let j: number;
  const w = word(ctx, i);
  if (w === "q" && num(ctx, i + 1) && !ctx.toks[i + 1]?.gap) {
    q = num(ctx, i + 1)?.n;
    j = i + 2;
  } else if (w === "quarter" && num(ctx, i + 1)?.s.length === 1) {
    q = num(ctx, i + 1)?.n;
    j = i + 2;
  } else if (w === "quarter" && QUARTER_NUMBERS.has(word(ctx, i + 1) ?? "")) {
    q = QUARTER_NUMBERS.get(word(ctx, i + 1) ?? "");
    j = i + 2;
  } else {
    q = ORDINAL_WORDS.get(w ?? "");
    j = i + 1;
    const t = num(ctx, i);
    if (q === undefined && t && ORDINAL_SUFFIXES.has(word(ctx, i + 1) ?? "")) {
      q = t.n;
      j = i + 2;
    }
    if (q === undefined || word(ctx, j) !== "quarter") return null;
    j++;
  }
  if (q === undefined || q < 1 || q > 4) return null;
  if (word(ctx, j) === "of") j++;
  if (word(ctx, j) === "the") j++;
  let financial = false;
  const fw = word(ctx, j);
  if (fw !== undefined && FINANCIAL_WORDS.has(fw)) {
    financial = true;
    j++;
    if (word(ctx, j) === "year" || word(ctx, j) === "yr") j++;
  }
  const pair = yearPairAt(ctx, j, true);
  let fy: number | null = null;
  let next: number;
  if (pair && pair.y2 === pair.y1 + 1) {
    fy = pair.y1;
    next = pair.next;
  } else {
    const y = yearAt(ctx, j, financial);
    if (y === null) return null;
    next = j + 1;
    if (financial) fy = y - 1;
    else {
      const m1 = 3 * q - 2;
      return {
        start: ymd(y, m1, 1),
        end: lastDayOfMonth(y, m1 + 2),
        precision: "quarter",
        from: i,
        next,
      };
    }
  }
  const m1 = ((3 * q) % 12) + 1;
  const y = m1 >= 4 ? fy : fy + 1;
  return {
    start: ymd(y, m1, 1),
    end: lastDayOfMonth(y, m1 + 2),
    precision: "quarter",
    from: i,
    next,
  };
}
