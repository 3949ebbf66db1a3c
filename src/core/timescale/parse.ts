// The UK timescale grammar: what a Timescale cell says about start, due date, open-endedness and cadence.
//
// Why hand-written and not chrono-node (measured by tests/timescale/chrono.measure.test.ts, which runs
// chrono-node 2.10 en.GB with every advantage: fixed reference date, an implied day read as the end of the
// month, an implied month as the end of the year, only start/due scored):
//   fixture timescales: chrono 71/102 right, this grammar 102/102;
//   table cases (cases.ts): chrono 90/164, this grammar 164/164;
//   cost: chrono ~30 µs a call, this grammar ~2 µs in plain Node (~0.3 µs for a repeated text, memoised).
// chrono finds nothing in school terms ("Spring term 2004"), academic/financial years ("2009-10"),
// quarters ("Q3 2014/15"), misspelt months ("Spet 02", "Febuary 2004") or "End: Cont", and knows no
// cadences; the phrases it does read (month-year, day-first dates) are the easy ones here. So the grammar
// is a linear tokenizer (lexer.ts), phrase matchers (mentions.ts) over word tables (tokens.ts), and the
// combination below; chrono is not used. Dates are pure integer Y/M/D (calendar.ts): nothing depends on
// the machine's time zone or clock.
import type { Cadence, Precision, Timescale, TimescaleInput } from "../schema/timescale";
import { compareYmd, fromIso, lastDayOfMonth, toIso, ymd, type Ymd } from "./calendar";
import { normalise, tokenize, type Tok } from "./lexer";
import { matchAt, type Ctx, type Mention } from "./mentions";
import { dateFormatPrecision } from "./numfmt";
import { excelSerialToIso } from "./serial";
import {
  ACADEMIC_WORDS,
  CADENCE_PHRASES,
  FINANCIAL_WORDS,
  OPEN_ENDED_PATTERN,
  RANGE_WORDS,
  RELATIVE_PATTERN,
  START_WORDS,
} from "./tokens";

/** Options of parseTimescale. */
export interface TimescaleOptions {
  /** How a bare "2009-10" is read when the cell does not say: academic (to 31 Aug, default) or financial (to 31 Mar). */
  readonly bareYearRange?: "academic" | "financial";
}

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
/** "Sept 2003 – ongoing": a date ranging into an open end is a start. */
const OPEN_END_RE = new RegExp(`^(?:${OPEN_ENDED_PATTERN})\\b`);
const YEAR_BORROW_CONNECTORS: ReadonlySet<string> = new Set([
  ...RANGE_WORDS,
  "/",
  "&",
  "+",
  ",",
  "and",
  "or",
]);
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** 1970-01-01 to 2100-12-31: a General-format number in this range is most likely a date that lost its format. */
const SERIAL_GUESS_MIN = 25569;
const SERIAL_GUESS_MAX = 73415;

type Role = "start" | "due" | "start-of";

interface Placed {
  readonly m: Mention;
  role: Role;
  fromLike: boolean;
  inRange: boolean;
}

function result(
  text: string | null,
  fields: Partial<Omit<Timescale, "text">> & { precision: Precision }
): Timescale {
  return {
    text,
    start: fields.start ?? null,
    due: fields.due ?? null,
    ongoing: fields.ongoing ?? false,
    cadence: fields.cadence ?? null,
    precision: fields.precision,
    notes: fields.notes ?? [],
  };
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
function roleOf(toks: readonly Tok[], m: Mention): { role: Role; fromLike: boolean } {
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
  if (START_WORDS.has(w)) return { role: "start", fromLike: FROM_WORDS.has(w) };
  return { role: "due", fromLike: false };
}

/** "Sept – Dec 2003", "March and July 2004": a month without a year takes the next date's year. */
function lendYears(toks: readonly Tok[], mentions: Mention[], notes: string[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!m) continue;
    if (!m.yearless) {
      out.push(m);
      continue;
    }
    const n = mentions[i + 1];
    const gap = n ? n.from - m.next : -1;
    const joined =
      n !== undefined &&
      !n.yearless &&
      (gap === 0 || (gap === 1 && YEAR_BORROW_CONNECTORS.has(wordAt(toks, m.next) ?? "")));
    if (n && joined && (n.precision === "month" || n.precision === "day")) {
      const y = m.start.m > n.start.m ? n.start.y - 1 : n.start.y;
      out.push({ ...m, start: ymd(y, m.start.m, 1), end: lastDayOfMonth(y, m.start.m) });
    } else {
      const shown = toks
        .slice(m.from, m.next)
        .map((t) => t.s)
        .join(" ");
      notes.push(`“${shown}” has no year: not dated`);
    }
  }
  return out;
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

function parseText(text: string, options: TimescaleOptions | undefined): Timescale {
  const norm = normalise(text);
  const notes: string[] = [];
  const cadence = firstCadence(norm, notes);
  const openWord = OPEN_ENDED_RE.test(norm);
  const ctx: Ctx = {
    toks: tokenize(norm),
    notes,
    bareYearRange: options?.bareYearRange ?? "academic",
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
  const placed = place(ctx.toks, lendYears(ctx.toks, found, notes));

  let start: Ymd | null = null;
  let due: { date: Ymd; precision: Precision } | null = null;
  let fromOngoing = false;
  const dueDates = new Set<string>();
  for (const p of placed) {
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

/** A number cell: a date serial shown with a date format, or a year such as 2004 (never a serial). */
function parseNumber(
  text: string | null,
  value: number,
  numberFormat: string | undefined
): Timescale | null {
  const shown = dateFormatPrecision(numberFormat);
  if (shown) {
    const date = fromIso(excelSerialToIso(value));
    if (!date) return null;
    if (shown === "day") return result(text, { due: toIso(date), precision: "day" });
    if (shown === "month")
      return result(text, { due: toIso(lastDayOfMonth(date.y, date.m)), precision: "month" });
    return result(text, { due: `${date.y}-12-31`, precision: "year" });
  }
  if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) {
    return result(text, { due: `${value}-12-31`, precision: "year" });
  }
  if (value >= SERIAL_GUESS_MIN && value <= SERIAL_GUESS_MAX) {
    const iso = excelSerialToIso(value);
    return result(text, {
      due: iso,
      precision: "day",
      notes: [`the number ${value} has no date format: read as the Excel date ${iso}`],
    });
  }
  return null;
}

/**
 * Plans repeat the same few timescales ("Ongoing", "Sept 2003") hundreds of times, and date cells repeat
 * the same months: results are remembered. Text cells by their text (one map per year convention, so no
 * key string is built per call); number cells by their format and value, checked against the text shown.
 * The function stays pure (same input, same output).
 */
const textMemo = { a: new Map<string, Timescale>(), f: new Map<string, Timescale>() };
const numberMemo = {
  a: new Map<string, Map<number, Timescale>>(),
  f: new Map<string, Map<number, Timescale>>(),
};
let memoSize = 0;
const MEMO_SIZE = 8192;
const MEMO_MAX_TEXT = 256;

function clearMemo(): void {
  textMemo.a.clear();
  textMemo.f.clear();
  numberMemo.a.clear();
  numberMemo.f.clear();
  memoSize = 0;
}

/**
 * Reads a Timescale cell (UK conventions, see tests/fixtures/README.md): the due date is the end of the
 * period named, dates are day-first, two-digit years are 20xx. Never throws; the result always satisfies
 * timescaleSchema.
 */
export function parseTimescale(input: TimescaleInput, options?: TimescaleOptions): Timescale {
  const shared = parseTimescaleShared(input, options);
  return { ...shared, notes: [...shared.notes] };
}

/**
 * `parseTimescale` without the copy: the result may be the memo's own object, shared with other callers,
 * so it must not be changed (the engine only reads it). Saves an object and an array per action.
 */
export function parseTimescaleShared(
  input: TimescaleInput,
  options?: TimescaleOptions
): Readonly<Timescale> {
  const text = input?.text;
  if (typeof text !== "string" || text.length > MEMO_MAX_TEXT) return parseUncached(input, options);
  const convention = options?.bareYearRange === "financial" ? "f" : "a";
  const value = input.value;
  if (value === undefined || value === null) {
    const memo = textMemo[convention];
    let hit = memo.get(text);
    if (hit === undefined) {
      hit = frozen(parseUncached(input, options));
      if (memoSize >= MEMO_SIZE) clearMemo();
      memo.set(text, hit);
      memoSize++;
    }
    return hit;
  }
  if (typeof value !== "number") return parseUncached(input, options);
  // the result holds the text shown (trimmed, null when blank); the same serial nearly always shows alike
  const format = input.numberFormat ?? "";
  let byValue = numberMemo[convention].get(format);
  const hit = byValue?.get(value);
  const shown = text.trim();
  if (hit !== undefined && hit.text === (shown === "" ? null : shown)) return hit;
  const parsed = frozen(parseUncached(input, options));
  if (memoSize >= MEMO_SIZE) {
    clearMemo();
    byValue = undefined;
  }
  if (byValue === undefined) {
    byValue = new Map();
    numberMemo[convention].set(format, byValue);
  }
  byValue.set(value, parsed);
  memoSize++;
  return parsed;
}

/** A memo entry is shared by every action that reads alike (notes too): frozen, so sharing stays safe. */
function frozen(t: Timescale): Timescale {
  Object.freeze(t.notes);
  return Object.freeze(t);
}

/** parseTimescale without the memo (for measuring the grammar itself). */
export function parseUncached(input: TimescaleInput, options?: TimescaleOptions): Timescale {
  let text: string | null = null;
  try {
    const raw = typeof input?.text === "string" ? input.text.trim() : "";
    text = raw === "" ? null : raw;
    const value = input?.value;
    if (typeof value === "number" && Number.isFinite(value)) {
      const fromNumber = parseNumber(text, value, input.numberFormat);
      if (fromNumber) return fromNumber;
    }
    if (text === null) return result(null, { precision: "none" });
    return parseText(text, options);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return result(text, { precision: "none", notes: [`timescale not read: ${reason}`] });
  }
}
