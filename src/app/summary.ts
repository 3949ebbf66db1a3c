import type { Config, WorkbookReport } from "../core/schema";
import {
  buildSummary,
  historyRow,
  historyTrendChart,
  HISTORY_SHEET_NAME,
  summarySheetModel,
  type SinceLast,
} from "../core/summary";
import { comparableActions } from "../core/compare/fromReport";
import type { WorkbookGrid } from "../core/grid/types";
import type { WorkbookPort } from "./ports";
import { compareWithStored, writeSnapshotOf, type SinceStored } from "./snapshot";

export interface SummaryWriteOptions {
  /**
   * The previous version, when the caller knows it (compare OLD NEW --out): it wins over the snapshot
   * stored in the workbook for the "Since last report" section.
   */
  readonly since?: SinceLast;
}

/**
 * Summary use case: the same summary model the CLI writes, rendered by whichever adapter the port is,
 * then the per-action snapshot stored in the workbook (when the port keeps one) so the next report can
 * say what moved. When a previous version is known (the snapshot already stored, or `options.since`), the
 * sheet has a "Since last report" section. `generatedAt` is passed in so the sheet is reproducible in
 * tests; `grid` (the one the report was made from) is needed only for reports made before actions carried
 * their update. A snapshot the host refuses never costs the summary: it comes back as `snapshotError`.
 */
export async function writeSummarySheet(
  port: WorkbookPort,
  report: WorkbookReport,
  config: Config,
  asOf: string,
  generatedAt: string,
  grid?: WorkbookGrid,
  options: SummaryWriteOptions = {}
): Promise<{ readonly sheetName: string; readonly snapshotError?: unknown }> {
  // the sheet and its snapshot are one step on the user's undo list where the host allows it
  const once = port.inOneStep?.bind(port) ?? (<T>(fn: () => Promise<T>) => fn());
  return once(() => summarySteps(port, report, config, asOf, generatedAt, grid, options));
}

async function summarySteps(
  port: WorkbookPort,
  report: WorkbookReport,
  config: Config,
  asOf: string,
  generatedAt: string,
  grid: WorkbookGrid | undefined,
  options: SummaryWriteOptions
): Promise<{ readonly sheetName: string; readonly snapshotError?: unknown }> {
  // read before the sheet is written (the same round trips as reading it after): the section needs it
  let stored: SinceStored | null = null;
  let readError: unknown;
  if (port.readSnapshot) {
    try {
      stored = await compareWithStored(port, report, grid);
    } catch (e) {
      readError = e;
    }
  }
  const since = options.since ?? stored?.since ?? undefined;
  const summary = buildSummary(report.tables, asOf, { workbookIssues: report.issues });
  const model = summarySheetModel(summary, {
    generatedAt,
    completeLabel: config.completeLabel,
    completeColour: config.completeColour,
    file: report.file,
    ...(since ? { sinceLast: since } : {}),
  });
  const written = await port.writeSheet(model, { activate: true });
  if (!port.writeSnapshot) return written;
  if (readError !== undefined) return { ...written, snapshotError: readError };
  try {
    // the report carries each action's update (its progress cell): no second read of the sheet
    const now = stored?.now ?? comparableActions(report, grid);
    // slips carry from the workbook's own memory, else from the version the caller compared with
    const previous = stored?.comparison ?? options.since?.comparison ?? null;
    await writeSnapshotOf(port, now, asOf, previous);
    return written;
  } catch (snapshotError) {
    return { ...written, snapshotError };
  }
}

/**
 * Snapshot use case: one dated row of counts appended to "RAG History", for the quarter-on-quarter trend;
 * the adapter that can draws the trend chart over every row.
 */
export async function appendSnapshot(
  port: WorkbookPort,
  report: WorkbookReport,
  config: Config,
  asOf: string
) {
  const summary = buildSummary(report.tables, asOf, { workbookIssues: report.issues });
  const { header, row } = historyRow(summary, asOf, config.completeLabel);
  await port.appendRows(HISTORY_SHEET_NAME, header, [row.map((c) => c.value)], {
    intents: row.map((c) => c.intent),
    chart: historyTrendChart(config.completeLabel, config.completeColour),
  });
}
