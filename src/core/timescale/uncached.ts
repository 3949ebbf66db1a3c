import type { Timescale, TimescaleInput } from "../schema/timescale";
import { parseNumber } from "./numberCell";
import type { TimescaleOptions } from "./options";
import { parseText } from "./readText";
import { result } from "./result";

/** Results that used the setting or the plan: remembered per workbook context, not per text alone. */
const CONTEXTUAL = new WeakSet<Timescale>();

/** Whether a reading used something outside the cell: a guessed year, or a bare year pair's calendar. */
export function usedContext(t: Readonly<Timescale>): boolean {
  return CONTEXTUAL.has(t);
}

/** Marks a copy of a reading that used the context as one too. */
export function markContextual(copy: Timescale, of: Readonly<Timescale>): void {
  if (CONTEXTUAL.has(of)) CONTEXTUAL.add(copy);
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
