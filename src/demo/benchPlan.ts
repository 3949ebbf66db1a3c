import type { DemoWorkbook } from "./session";
import { openWorkbook } from "./session";

/** A synthetic plan the page is asked for with `?bench=N` (and `&seed=S`): the benchmark's workbook. */
export interface BenchRequest {
  readonly actions: number;
  readonly seed?: number;
}

/** `?bench=1000&seed=7` → { actions: 1000, seed: 7 }; null without a valid `bench`. */
export function benchRequest(search: string): BenchRequest | null {
  const params = new URLSearchParams(search);
  const actions = Number(params.get("bench"));
  if (!Number.isInteger(actions) || actions < 1) return null;
  const seed = Number(params.get("seed"));
  return params.has("seed") && Number.isInteger(seed) ? { actions, seed } : { actions };
}

/**
 * `?syncLatency=50`: milliseconds each `context.sync()` waits before the fake answers, modelling a round
 * trip to Excel on the web; 0 (the default) answers at once.
 */
export function syncLatencyOf(search: string): number {
  const ms = Number(new URLSearchParams(search).get("syncLatency"));
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 10_000) : 0;
}

/**
 * Opens the benchmark's synthetic plan (src/bench/generate.ts, the same rows `npm run bench` checks) as at
 * its report date. The generator is loaded only when asked for, in its own chunk.
 */
export async function openBenchPlan(request: BenchRequest): Promise<DemoWorkbook> {
  const [{ generatePlan }, { seedFromGrid }] = await Promise.all([
    import("../bench/generate.js"),
    import("../fake-excel/seedFromGrid.js"),
  ]);
  const plan = generatePlan(request.actions, request.seed);
  const n = request.actions;
  return openWorkbook(seedFromGrid(plan.grid), {
    fileName: `bench-${n}.xlsx`,
    title: `Synthetic plan of ${n.toLocaleString("en-GB")} actions`,
    asOf: plan.asOf,
  });
}
