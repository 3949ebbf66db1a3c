import { Worker } from "node:worker_threads";
import { checkWorkbook, highlightPlan } from "../core/engine";
import type { HighlightPlan } from "../core/highlight";
import { DEFAULT_CONFIG } from "../core/schema/config";
import type { WorkbookReport } from "../core/schema/report";
import { buildSummary, summarySheetModel } from "../core/summary";
import type { SyntheticPlan } from "./generate";
import { MB, median } from "./stats";

/** Median milliseconds of each stage the task pane runs after reading the workbook. */
export interface EngineStages {
  /** detect + check + rate: `checkWorkbook`. */
  readonly check: number;
  readonly highlight: number;
  /** `buildSummary` + `summarySheetModel`. */
  readonly summary: number;
}

export interface EngineResult {
  readonly rows: number;
  readonly runs: number;
  /** Median of the runs' totals. */
  readonly engineMs: number;
  readonly allMs: readonly number[];
  readonly stagesMs: EngineStages;
  readonly rowsPerSec: number;
  /** Peak resident set of the process while the engine ran (sampled from another thread). */
  readonly peakMB: number;
  /** Resident set just before the first run (the generated grid is already in memory). */
  readonly baselineMB: number;
  /** V8 heap in use before the first run: mostly the input grid. */
  readonly inputHeapMB: number;
  /** Peak V8 heap in use, sampled between stages. */
  readonly peakHeapMB: number;
  readonly tables: number;
  readonly actionsFound: number;
  readonly issues: number;
  readonly highlightCells: number;
}

/** What one run produces, kept so callers (office, peers) can reuse the report and plan. */
export interface EngineOutput {
  readonly report: WorkbookReport;
  readonly highlight: HighlightPlan;
}

const SAMPLER = `
const { parentPort } = require("node:worker_threads");
let peak = process.memoryUsage.rss();
const timer = setInterval(() => { const r = process.memoryUsage.rss(); if (r > peak) peak = r; }, 2);
parentPort.on("message", (m) => {
  const r = process.memoryUsage.rss(); if (r > peak) peak = r;
  parentPort.postMessage(peak);
  if (m === "stop") { clearInterval(timer); parentPort.close(); }
});
`;

/**
 * Samples the process's resident set every 2 ms from a worker thread: the engine runs synchronously on the
 * main thread, so a timer there would never fire during a run. RSS is per process, so the worker sees it.
 */
class RssSampler {
  private readonly worker = new Worker(SAMPLER, { eval: true });

  async stop(): Promise<number> {
    const peak = await new Promise<number>((resolve) => {
      this.worker.once("message", (v: number) => resolve(v));
      this.worker.postMessage("stop");
    });
    await this.worker.terminate();
    return peak;
  }
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/** Where a timed run leaves its stage times and the largest heap seen between stages. */
interface Probe {
  readonly times: number[];
  heap: number;
}

function heapAt(probe: Probe | undefined): void {
  if (probe) probe.heap = Math.max(probe.heap, process.memoryUsage().heapUsed);
}

/** One pass of the engine as the task pane runs it after a read. */
export function runEngine(plan: SyntheticPlan, probe?: Probe): EngineOutput {
  const t0 = performance.now();
  const report = checkWorkbook(plan.grid, DEFAULT_CONFIG, plan.asOf, "bench.xlsx");
  const t1 = performance.now();
  heapAt(probe);
  const t1b = performance.now();
  const highlight = highlightPlan(report);
  const t2 = performance.now();
  const summary = buildSummary(report.tables, plan.asOf);
  summarySheetModel(summary, { generatedAt: `${plan.asOf}T09:00:00Z` });
  const t3 = performance.now();
  heapAt(probe);
  probe?.times.push(t1 - t0, t2 - t1b, t3 - t2);
  return { report, highlight };
}

/**
 * Times detect + check + rate + summarise over the plan: `warmup` runs first (the JIT), then `runs` timed
 * runs; reports medians, rows per second of the median, and peak memory. Run with --expose-gc for a
 * collection before each run (cleaner timings, a fair memory peak).
 */
export async function measureEngine(
  plan: SyntheticPlan,
  options: { readonly runs?: number; readonly warmup?: number } = {}
): Promise<EngineResult & EngineOutput> {
  const runs = Math.max(1, options.runs ?? 5);
  gc();
  const before = process.memoryUsage();
  const sampler = new RssSampler();
  for (let i = 0; i < (options.warmup ?? 1); i++) runEngine(plan);
  const totals: number[] = [];
  const stages: [number[], number[], number[]] = [[], [], []];
  let peakHeap = process.memoryUsage().heapUsed;
  let last: EngineOutput | null = null;
  for (let i = 0; i < runs; i++) {
    last = null;
    gc();
    const probe: Probe = { times: [], heap: peakHeap };
    last = runEngine(plan, probe);
    const t = probe.times;
    peakHeap = probe.heap;
    stages[0].push(t[0] ?? 0);
    stages[1].push(t[1] ?? 0);
    stages[2].push(t[2] ?? 0);
    totals.push(t.reduce((a, b) => a + b, 0));
  }
  const peak = await sampler.stop();
  const out = last as EngineOutput;
  const engineMs = median(totals);
  const tables = out.report.tables;
  return {
    rows: plan.actionRows,
    runs,
    engineMs,
    allMs: totals,
    stagesMs: {
      check: median(stages[0]),
      highlight: median(stages[1]),
      summary: median(stages[2]),
    },
    rowsPerSec: engineMs > 0 ? plan.actionRows / (engineMs / 1000) : 0,
    peakMB: Math.max(peak, before.rss) / MB,
    baselineMB: before.rss / MB,
    inputHeapMB: before.heapUsed / MB,
    peakHeapMB: peakHeap / MB,
    tables: tables.length,
    actionsFound: tables.reduce((n, t) => n + t.actions.length, 0),
    issues: tables.reduce(
      (n, t) => n + t.issues.length + t.actions.reduce((m, a) => m + a.issues.length, 0),
      0
    ),
    highlightCells: out.highlight.cells.length,
    report: out.report,
    highlight: out.highlight,
  };
}
