import { SharedMemo } from "../memo";
import type { Timescale, TimescaleInput } from "../schema/timescale";
import type { TimescaleOptions } from "./options";
import { parseUncached, usedContext } from "./uncached";

// Plans repeat the same few timescales ("Ongoing", "Sept 2003") hundreds of times, and date cells repeat
// the same months: readings are remembered. Text cells by their text, read first without any context; the
// few whose reading used it ("30 Sept", "2023/24") again under the workbook's context, remembered by the
// context's key (made once per options object). Number cells by their format and value, checked against
// the text shown. A reading stays a pure function of its input: the memo changes only the cost.

const MEMO_SIZE = 8192;
/** Longer texts are prose, rarely repeated: read each time rather than kept. */
const MEMO_MAX_TEXT = 256;

const memo = new SharedMemo(MEMO_SIZE);
const byText = memo.table<string, Timescale>();
/** context key → text → reading. */
const byContext = memo.table<string, Map<string, Timescale>>();
/** number format → value → reading. */
const byNumber = memo.table<string, Map<number, Timescale>>();
const contextKeys = new WeakMap<TimescaleOptions, string>();

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

/** A memo entry is shared by every action that reads alike (notes too): frozen, so sharing stays safe. */
function frozen(t: Timescale): Timescale {
  Object.freeze(t.notes);
  return Object.freeze(t);
}

/** The reading of a text cell: the plain one, or under the workbook's context when it used it. */
function textReading(
  text: string,
  input: TimescaleInput,
  options: TimescaleOptions | undefined
): Readonly<Timescale> {
  const base = byText.get(text) ?? memo.remember(byText, text, frozen(parseUncached(input)));
  if (!usedContext(base)) return base;
  const key = contextKey(options);
  if (key === null) return base;
  let inContext = byContext.get(key);
  if (inContext === undefined) {
    inContext = new Map();
    byContext.set(key, inContext);
  }
  return (
    inContext.get(text) ?? memo.remember(inContext, text, frozen(parseUncached(input, options)))
  );
}

/** The reading of a number cell, by its format and value (the text shown must match too). */
function numberReading(
  text: string,
  value: number,
  input: TimescaleInput,
  options: TimescaleOptions | undefined
): Readonly<Timescale> {
  // the result holds the text shown (trimmed, null when blank); the same serial nearly always shows alike
  const format = input.numberFormat ?? "";
  let byValue = byNumber.get(format);
  const hit = byValue?.get(value);
  const shown = text.trim();
  if (hit !== undefined && hit.text === (shown === "" ? null : shown)) return hit;
  const parsed = frozen(parseUncached(input, options));
  // a number that fell back to its text and used the context is read afresh (rare)
  if (usedContext(parsed)) return parsed;
  if (byValue === undefined || memo.full) {
    if (memo.full) memo.forget();
    byValue = new Map();
    byNumber.set(format, byValue);
  }
  return memo.remember(byValue, value, parsed);
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
  if (value === undefined || value === null) return textReading(text, input, options);
  if (typeof value !== "number") return parseUncached(input, options);
  return numberReading(text, value, input, options);
}
