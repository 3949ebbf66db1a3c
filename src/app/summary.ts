import type { Config, WorkbookReport } from "../core/schema";
import { buildSummary, historyRow, HISTORY_SHEET_NAME, summarySheetModel } from "../core/summary";
import type { WorkbookGrid } from "../core/grid/types";
import type { WorkbookPort } from "./ports";
import { storeSnapshot } from "./snapshot";

/**
 * Summary use case: the same summary model the CLI writes, rendered by whichever adapter the port is,
 * then the per-action snapshot stored in the workbook (when the port keeps one) so the next report can
 * say what moved. `generatedAt` is passed in so the sheet is reproducible in tests; `grid` (the one the
 * report was made from) is needed only for reports made before actions carried their update. A snapshot the host refuses never costs the summary: it
 * comes back as `snapshotError`.
 */
export async function writeSummarySheet(
  port: WorkbookPort,
  report: WorkbookReport,
  config: Config,
  asOf: string,
  generatedAt: string,
  grid?: WorkbookGrid
): Promise<{ readonly sheetName: string; readonly snapshotError?: unknown }> {
  // the sheet and its snapshot are one step on the user's undo list where the host allows it
  const once = port.inOneStep?.bind(port) ?? (<T>(fn: () => Promise<T>) => fn());
  return once(() => summarySteps(port, report, config, asOf, generatedAt, grid));
}

async function summarySteps(
  port: WorkbookPort,
  report: WorkbookReport,
  config: Config,
  asOf: string,
  generatedAt: string,
  grid?: WorkbookGrid
): Promise<{ readonly sheetName: string; readonly snapshotError?: unknown }> {
  const summary = buildSummary(report.tables, asOf, { workbookIssues: report.issues });
  const model = summarySheetModel(summary, {
    generatedAt,
    completeLabel: config.completeLabel,
    completeColour: config.completeColour,
    file: report.file,
  });
  const written = await port.writeSheet(model, { activate: true });
  if (!port.writeSnapshot) return written;
  try {
    // the report carries each action's update (its progress cell): no second read of the sheet
    await storeSnapshot(port, report, grid, asOf);
    return written;
  } catch (snapshotError) {
    return { ...written, snapshotError };
  }
}

/** Snapshot use case: one dated row of counts appended to "RAG History", for the quarter-on-quarter trend. */
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
  });
}
