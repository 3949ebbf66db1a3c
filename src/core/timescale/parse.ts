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
// is a linear tokenizer (lexer.ts), phrase matchers (mentions.ts) over word tables (tokens.ts), and their
// combination (readText.ts; number cells in numberCell.ts); chrono is not used. Dates are pure integer
// Y/M/D (calendar/ymd.ts): nothing depends on the machine's time zone or clock. Readings are remembered
// (sharedReadings.ts).
import type { Timescale, TimescaleInput } from "../schema/timescale";
import type { TimescaleOptions } from "./options";
import { parseTimescaleShared } from "./sharedReadings";
import { markContextual } from "./uncached";

export type { TimescaleOptions } from "./options";
export { parseTimescaleShared } from "./sharedReadings";
export { parseUncached, usedContext } from "./uncached";

/**
 * Reads a Timescale cell (UK conventions, see tests/fixtures/README.md): the due date is the end of the
 * period named, dates are day-first, two-digit years are 20xx. Never throws; the result always satisfies
 * timescaleSchema.
 */
export function parseTimescale(input: TimescaleInput, options?: TimescaleOptions): Timescale {
  const shared = parseTimescaleShared(input, options);
  const copy = { ...shared, notes: [...shared.notes] };
  markContextual(copy, shared);
  return copy;
}
