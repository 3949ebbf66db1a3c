// The grammar over a text cell: tokens (lexer.ts), the dates and periods they name (mentions.ts), each
// date's role (start, due, start of a period), ranges, open ends and cadences, combined into one reading.
import type { Cadence, Precision, Timescale } from "../schema/timescale";
import { compareYmd, toIso, type Ymd } from "../calendar/ymd";
import { normalise, tokenize, type Tok } from "./lexer";
import { matchAt, type Ctx, type Mention } from "./mentions";
import type { TimescaleOptions } from "./options";
import { result } from "./result";
import { durationFrom } from "./duration";
import { resolveYears } from "./yearless";
import {
  ACADEMIC_WORDS,
  CADENCE_PHRASES,
  FINANCIAL_WORDS,
  OPEN_ENDED_PATTERN,
  RANGE_WORDS,
  RELATIVE_PATTERN,
  START_WORDS,
} from "./tokens";

const CADENCE_RE = new RegExp(
  `\\b(?:${CADENCE_PHRASES.map((p) => `(${p.pattern})`).join("|")})\\b`
);
const OPEN_ENDED_RE = new RegExp(`\\b(?:${OPEN_ENDED_PATTERN})\\b`);
const RELATIVE_RE = new RegExp(`\\b(?:${RELATIVE_PATTERN})\\b`);
const FINANCIAL_RE = new RegExp(`\\b(?:${[...FINANCIAL_WORDS].join("|")})\\b`);
const ACADEMIC_RE = new RegExp(`\\b(?:${[...ACADEMIC_WORDS].join("|")})\\b`);

/** Words skipped when looking back from a date for "from"/"start:"/"start of". */
const LOOKBACK_SKIP: ReadonlySet<string> = new Set([
  ":",
  "the",
  "in",
  "on",
  "at",
  "during",
  "around",
]);
const START_OF_WORDS: ReadonlySet<string> = new Set([
  "start",
  "beginning",
  "begin",
  "commencement",
]);
const FROM_WORDS: ReadonlySet<string> = new Set(["from", "wef", "since", "onwards", "onward"]);
/** Verbs of origin before "from": the date says where something came from, not when work starts. */
const ORIGIN_WORDS: ReadonlySet<string> = new Set([
  "arising",
  "arisen",
  "arose",
  "arise",
  "arises",
  "resulting",
  "resulted",
  "stemming",
  "stemmed",
  "derived",
  "deriving",
  "emerging",
  "emerged",
  "originating",
]);
/** "Sept 2003 – ongoing": a date ranging into an open end is a start. */
const OPEN_END_RE = new RegExp(`^(?:${OPEN_ENDED_PATTERN})\\b`);

type Role = "start" | "due" | "start-of";

interface Placed {
  m: Mention;
  role: Role;
  fromLike: boolean;
  inRange: boolean;
  /** The token of the "from" word before the date, when there is one. */
  fromAt?: number;
}

function firstCadence(norm: string, notes: string[]): Cadence | null {
  const m = CADENCE_RE.exec(norm);
  if (!m) return null;
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) {
      const phrase = CADENCE_PHRASES[g - 1];
      if (!phrase) return null;
      if (phrase.note) notes.push(phrase.note);
      return phrase.cadence;
    }
  }
  return null;
}

function wordAt(toks: readonly Tok[], i: number): string | undefined {
  const t = toks[i];
  return t && (t.k === "word" || t.k === "sep") ? t.s : undefined;
}

/** Whether a date is a start ("From …", "Start: …", "… onwards"), the start of a period ("start of …"), or a due date. */
function roleOf(
  toks: readonly Tok[],
  m: Mention
): { role: Role; fromLike: boolean; fromAt?: number } {
  const after = wordAt(toks, m.next);
  if (after !== undefined && FROM_WORDS.has(after)) return { role: "start", fromLike: true };
  if (after !== undefined && RANGE_WORDS.has(after)) {
    const rest = toks
      .slice(m.next + 1, m.next + 4)
      .map((t) => (t.gap ? ` ${t.s}` : t.s))
      .join("")
      .trim();
    if (OPEN_END_RE.test(rest)) return { role: "start", fromLike: true };
  }
  let k = m.from - 1;
  while (k >= 0 && LOOKBACK_SKIP.has(wordAt(toks, k) ?? "")) k--;
  const w = wordAt(toks, k);
  if (w === undefined) return { role: "due", fromLike: false };
  if (w === "of") {
    let p = k - 1;
    while (p >= 0 && LOOKBACK_SKIP.has(wordAt(toks, p) ?? "")) p--;
    const before = wordAt(toks, p) ?? "";
    return { role: START_OF_WORDS.has(before) ? "start-of" : "due", fromLike: false };
  }
  // "arising from the March 2018 meeting": where the item came from, a past date, not a start
  if (w === "from" && ORIGIN_WORDS.has(wordAt(toks, k - 1) ?? ""))
    return { role: "due", fromLike: false };
  if (START_WORDS.has(w)) return { role: "start", fromLike: FROM_WORDS.has(w), fromAt: k };
  return { role: "due", fromLike: false };
}

/** "18 months from October 2020": the date anchors a bounded period, so it gives the due date. */
function anchorDurations(toks: readonly Tok[], placed: Placed[]): void {
  for (const p of placed) {
    if (p.role !== "start" || !p.fromLike || p.inRange || p.fromAt === undefined) continue;
    const period = durationFrom(toks, p.m, p.fromAt);
    if (!period) continue;
    p.role = "due";
    p.fromLike = false;
    p.m = period.start
      ? { ...p.m, start: period.start, end: period.end, span: true }
      : { ...p.m, start: period.end, end: period.end, span: false };
  }
}

function isRangeConnector(toks: readonly Tok[], a: Mention, b: Mention): boolean {
  if (b.from - a.next !== 1) return false;
  const c = wordAt(toks, a.next);
  if (c === undefined) return false;
  if (RANGE_WORDS.has(c)) return true;
  return c === "and" && wordAt(toks, a.from - 1) === "between";
}

function place(toks: readonly Tok[], mentions: readonly Mention[]): Placed[] {
  const placed: Placed[] = mentions.map((m) => ({ m, ...roleOf(toks, m), inRange: false }));
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i];
    const b = placed[i + 1];
    if (a && b && !a.inRange && isRangeConnector(toks, a.m, b.m)) {
      a.role = "start";
      b.role = "due";
      a.inRange = true;
      b.inRange = true;
      a.fromLike = false;
    }
  }
  return placed;
}

/** Reads a text cell; `used.context` is set when the reading used the options (a guessed year…). */
export function parseText(
  text: string,
  options: TimescaleOptions | undefined,
  used: { context: boolean }
): Timescale {
  const norm = normalise(text);
  const notes: string[] = [];
  const cadence = firstCadence(norm, notes);
  const openWord = OPEN_ENDED_RE.test(norm);
  const setting = options?.bareYearRange;
  const ctx: Ctx = {
    toks: tokenize(norm),
    notes,
    bareYearRange: setting === "academic" || setting === "financial" ? setting : null,
    plan: options?.plan ?? null,
    used,
    cellFinancial: FINANCIAL_RE.test(norm),
    cellAcademic: ACADEMIC_RE.test(norm),
  };
  const found: Mention[] = [];
  for (let i = 0; i < ctx.toks.length;) {
    const m = matchAt(ctx, i);
    if (m) {
      found.push(m);
      i = Math.max(m.next, i + 1);
    } else i++;
  }
  const placed = place(ctx.toks, resolveYears(ctx, found, notes));
  anchorDurations(ctx.toks, placed);

  let start: Ymd | null = null;
  let due: { date: Ymd; precision: Precision } | null = null;
  let fromOngoing = false;
  const dueDates = new Set<string>();
  for (const p of placed) {
    // "from 2011-2031" names its own end: a span, not an open start
    if (p.role === "start" && p.m.span && !p.inRange) p.role = "due";
    if (p.role === "start") {
      if (!start || compareYmd(p.m.start, start) < 0) start = p.m.start;
      if (p.fromLike && !p.inRange) fromOngoing = true;
      continue;
    }
    if (p.m.span && p.role === "due" && (!start || compareYmd(p.m.start, start) < 0))
      start = p.m.start;
    const date = p.role === "start-of" ? p.m.start : p.m.end;
    dueDates.add(toIso(date));
    if (!due || compareYmd(date, due.date) > 0) due = { date, precision: p.m.precision };
  }
  if (dueDates.size > 1 && due) {
    notes.push(`several dates in the cell: due is the latest (${toIso(due.date)})`);
  }
  const ongoing = openWord || cadence !== null || fromOngoing || (start !== null && due === null);
  let precision: Precision;
  if (due) precision = due.precision;
  else if (cadence) precision = "recurring";
  else if (ongoing) precision = "open-ended";
  else {
    precision = "none";
    const rel = RELATIVE_RE.exec(norm);
    notes.push(
      rel
        ? `“${rel[0]}” gives no date to check against`
        : "no date, open-ended or recurring word found"
    );
  }
  return result(text, {
    start: start ? toIso(start) : null,
    due: due ? toIso(due.date) : null,
    ongoing,
    cadence,
    precision,
    notes: notes.length > 1 ? [...new Set(notes)] : notes,
  });
}
