// A full garbage collection between checking and writing a large report: a deliberate choice, measured
// (BENCHMARKS.md, wt17-climem). When a 100,000-row plan's check returns, its grid (~37 MB) and the
// reader's and engine's leftovers are garbage in V8's old generation, which only a full collection frees,
// and V8 had set its next one far off (measured: none between 46 MB and 143 MB of heap).
// Writing the report then allocates on top of them (JSON.stringify copies the report's messages, which
// the engine keeps as joined pieces, into one flat string each), so `check --format json` peaked ~45 MB
// higher than the check itself. The collection costs a pause of 0.15–0.3 s on that plan (~2% of its CPU).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { WorkbookReport } from "../core/schema/report";

/** Reports with at least this many actions between them are worth a collection before writing. */
export const COLLECT_AT_ACTIONS = 10_000;

let collector: (() => void) | null | undefined;

/**
 * Node's `gc`: the global one when node was started with --expose-gc, else made visible as jest's leak
 * detector and other tools do (the flag set at run time applies to contexts made after it, so a new
 * context's `gc` is taken). Null where the runtime refuses; the collection is then left to V8.
 */
function gcFunction(): (() => void) | null {
  const global = (globalThis as { gc?: unknown }).gc;
  if (typeof global === "function") return global as () => void;
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** How many actions the reports hold between them. */
export function actionCount(reports: Iterable<WorkbookReport>): number {
  let n = 0;
  for (const r of reports) for (const t of r.tables) n += t.actions.length;
  return n;
}

/**
 * Runs a full collection when the reports about to be written are large (COLLECT_AT_ACTIONS); returns
 * whether it did. Small batches never pay for it.
 */
export function collectBeforeWriting(reports: Iterable<WorkbookReport>): boolean {
  if (actionCount(reports) < COLLECT_AT_ACTIONS) return false;
  if (collector === undefined) collector = gcFunction();
  if (!collector) return false;
  collector();
  return true;
}
