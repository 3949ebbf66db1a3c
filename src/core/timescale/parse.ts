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
import { compareYmd, fromIso, lastDayOfMonth, toIso, type Ymd } from "../calendar/ymd";
import { normalise, tokenize, type Tok } from "./lexer";
import { matchAt, type Ctx, type Mention } from "./mentions";
import type { PlanYears, YearKind } from "./planYears";
import { resolveYears } from "./yearless";
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

/** Options of parseTimescale: what the cell does not say itself. */
export interface TimescaleOptions {
  /**
   * How a bare "2009-10" is read when the cell does not say: academic (to 31 Aug) or financial (to
   * 31 Mar). "auto" or absent: the plan's evidence (`plan.calendar`), else the punctuation (a slash is a
   * financial year, a hyphen an academic one).
   */
  readonly bareYearRange?: YearKind | "auto";
  /** The workbook's years and calendar, for dates without a year (see planYears.ts). */
  readonly plan?: PlanYears;
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

function parseText(
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

/** Results that used the setting or the plan: remembered per workbook context, not per text alone. */
const CONTEXTUAL = new WeakSet<Timescale>();

/** Whether a reading used something outside the cell: a guessed year, or a bare year pair's calendar. */
export function usedContext(t: Readonly<Timescale>): boolean {
  return CONTEXTUAL.has(t);
}

/**
 * Plans repeat the same few timescales ("Ongoing", "Sept 2003") hundreds of times, and date cells repeat
 * the same months: results are remembered. Text cells by their text, read first without any context;
 * the few whose reading used it ("30 Sept", "2023/24") again under the workbook's context, remembered by
 * the context's key (made once per options object). Number cells by their format and value, checked
 * against the text shown. The function stays pure (same input, same output).
 */
const textMemo = new Map<string, Timescale>();
const contextMemo = new Map<string, Map<string, Timescale>>();
const numberMemo = new Map<string, Map<number, Timescale>>();
const contextKeys = new WeakMap<TimescaleOptions, string>();
let memoSize = 0;
const MEMO_SIZE = 8192;
const MEMO_MAX_TEXT = 256;

function clearMemo(): void {
  textMemo.clear();
  contextMemo.clear();
  numberMemo.clear();
  memoSize = 0;
}

function remember<K>(memo: Map<K, Timescale>, key: K, value: Timescale): Timescale {
  if (memoSize >= MEMO_SIZE) clearMemo();
  memo.set(key, value);
  memoSize++;
  return value;
}

/** The options' context as a key, or null when they give none (the plain reading applies). */
function contextKey(options: TimescaleOptions | undefined): string | null {
  if (!options) return null;
  const setting = options.bareYearRange ?? "auto";
  const plan = options.plan;
  if (setting === "auto" && !plan) return null;
  let key = contextKeys.get(options);
  if (key === undefined) {
    key = `${setting}|${plan ? `${plan.calendar ?? ""}|${plan.asOf ?? ""}|${plan.years.join(",")}` : ""}`;
    contextKeys.set(options, key);
  }
  return key;
}

/**
 * Reads a Timescale cell (UK conventions, see tests/fixtures/README.md): the due date is the end of the
 * period named, dates are day-first, two-digit years are 20xx. Never throws; the result always satisfies
 * timescaleSchema.
 */
export function parseTimescale(input: TimescaleInput, options?: TimescaleOptions): Timescale {
  const shared = parseTimescaleShared(input, options);
  const copy = { ...shared, notes: [...shared.notes] };
  if (CONTEXTUAL.has(shared)) CONTEXTUAL.add(copy);
  return copy;
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
  const value = input.value;
  if (value === undefined || value === null) {
    const base = textMemo.get(text) ?? remember(textMemo, text, frozen(parseUncached(input)));
    if (!CONTEXTUAL.has(base)) return base;
    const key = contextKey(options);
    if (key === null) return base;
    let byText = contextMemo.get(key);
    if (byText === undefined) {
      byText = new Map();
      contextMemo.set(key, byText);
    }
    return byText.get(text) ?? remember(byText, text, frozen(parseUncached(input, options)));
  }
  if (typeof value !== "number") return parseUncached(input, options);
  // the result holds the text shown (trimmed, null when blank); the same serial nearly always shows alike
  const format = input.numberFormat ?? "";
  let byValue = numberMemo.get(format);
  const hit = byValue?.get(value);
  const shown = text.trim();
  if (hit !== undefined && hit.text === (shown === "" ? null : shown)) return hit;
  const parsed = frozen(parseUncached(input, options));
  // a number that fell back to its text and used the context is read afresh (rare)
  if (CONTEXTUAL.has(parsed)) return parsed;
  if (byValue === undefined || memoSize >= MEMO_SIZE) {
    if (memoSize >= MEMO_SIZE) clearMemo();
    byValue = new Map();
    numberMemo.set(format, byValue);
  }
  return remember(byValue, value, parsed);
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
    const used = { context: false };
    const parsed = parseText(text, options, used);
    if (used.context) CONTEXTUAL.add(parsed);
    return parsed;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return result(text, { precision: "none", notes: [`timescale not read: ${reason}`] });
  }
}
