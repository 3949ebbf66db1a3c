import { createOfficeWorkbook, type ExcelRun } from "../adapters/office";
import { checkWorkbook, highlightPlan } from "../core/engine";
import type { HighlightPlan } from "../core/highlight";
import { DEFAULT_CONFIG } from "../core/schema/config";
import { buildSummary, summarySheetModel } from "../core/summary";
import { createFakeExcel, DEFAULT_PAYLOAD_LIMIT, type FakeExcel } from "../fake-excel";
import { seedFromGrid } from "../fake-excel/seedFromGrid";
import type { SyncRecord } from "../fake-excel/stats";
import type { SyntheticPlan } from "./generate";

/** Round trips of one operation through the fake Excel host. */
export interface RoundTrips {
  readonly syncs: number;
  readonly queuedOps: number;
  /** Largest request (what the add-in sends) of a sync Excel accepted. */
  readonly maxRequestBytes: number;
  /** Largest response (what Excel sends back) of a sync Excel accepted. */
  readonly maxResponseBytes: number;
  /** Syncs Excel rejected for size (the adapter then retries in smaller blocks). */
  readonly rejectedSyncs: number;
  /** Largest payload of any sync, rejected ones included: what the adapter first tried to send. */
  readonly maxAttemptBytes: number;
  /** Request plus response bytes of every accepted sync: the operation's whole payload. */
  readonly totalBytes: number;
  readonly ms: number;
  /** Set when the operation failed (e.g. a batch too large for Excel that the adapter does not split). */
  readonly error?: string;
}

export interface OfficeResult {
  readonly rows: number;
  readonly check: RoundTrips;
  readonly highlight: RoundTrips;
  readonly summary: RoundTrips;
  /** Largest accepted request or response across the three operations. */
  readonly maxPayloadBytes: number;
  readonly payloadLimit: number;
  /** Actions the engine found in the grid read back through the adapter (should equal `rows`). */
  readonly actionsRead: number;
  readonly highlightCells: number;
}

/** The fake's `run` typed as Excel.run: the adapter only uses what the fake implements. */
export function runOf(fake: FakeExcel): ExcelRun {
  return fake.run as unknown as ExcelRun;
}

function tripsOf(log: readonly SyncRecord[], ms: number, error?: string): RoundTrips {
  const ok = log.filter((s) => s.failed === undefined);
  return {
    ...(error !== undefined ? { error } : {}),
    syncs: log.length,
    queuedOps: log.reduce((n, s) => n + s.ops, 0),
    // reduce, not Math.max(...spread): a naive caller can log a sync per row
    maxRequestBytes: ok.reduce((m, s) => Math.max(m, s.requestBytes), 0),
    maxResponseBytes: ok.reduce((m, s) => Math.max(m, s.responseBytes), 0),
    rejectedSyncs: log.length - ok.length,
    maxAttemptBytes: log.reduce((m, s) => Math.max(m, s.requestBytes, s.responseBytes), 0),
    totalBytes: ok.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0),
    ms,
  };
}

/** Runs `op` with fresh counters and returns what it cost in round trips; a failure is data, not a throw. */
async function counted<T>(
  fake: FakeExcel,
  op: () => Promise<T>
): Promise<[T | undefined, RoundTrips]> {
  fake.stats.reset();
  const t0 = performance.now();
  try {
    const value = await op();
    return [value, tripsOf(fake.stats.log, performance.now() - t0)];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return [undefined, tripsOf(fake.stats.log, performance.now() - t0, message)];
  }
}

/** A fake workbook holding the plan, as Excel would after the user opens it. */
export function fakeOfPlan(plan: SyntheticPlan): FakeExcel {
  return createFakeExcel(seedFromGrid(plan.grid));
}

/**
 * The add-in's three operations through the fake Excel host, as the task pane runs them: check (read the
 * workbook), highlight (replace the highlights with the engine's plan) and summary (write the summary sheet).
 */
export async function measureOffice(plan: SyntheticPlan): Promise<OfficeResult> {
  const fake = fakeOfPlan(plan);
  const workbook = createOfficeWorkbook(runOf(fake), {
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
  });
  const [read, check] = await counted(fake, () => workbook.readGrid());
  // a failed read leaves nothing to highlight; the engine then sees an empty workbook
  const grid = read ?? { sheets: [] };
  const report = checkWorkbook(grid, DEFAULT_CONFIG, plan.asOf, "bench.xlsx");
  const hl: HighlightPlan = highlightPlan(report);
  const [, highlight] = await counted(fake, () => workbook.applyHighlights(hl));
  const model = summarySheetModel(buildSummary(report.tables, plan.asOf), {
    generatedAt: `${plan.asOf}T09:00:00Z`,
  });
  const [, summary] = await counted(fake, () => workbook.writeSheet(model));
  const ops = [check, highlight, summary];
  return {
    rows: plan.actionRows,
    check,
    highlight,
    summary,
    maxPayloadBytes: Math.max(...ops.map((o) => Math.max(o.maxRequestBytes, o.maxResponseBytes))),
    payloadLimit: DEFAULT_PAYLOAD_LIMIT,
    actionsRead: report.tables.reduce((n, t) => n + t.actions.length, 0),
    highlightCells: hl.cells.length,
  };
}
