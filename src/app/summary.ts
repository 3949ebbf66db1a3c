import type { Config, WorkbookReport } from "../core/schema";
import { buildSummary, historyRow, HISTORY_SHEET_NAME, summarySheetModel } from "../core/summary";
import type { WorkbookPort } from "./ports";

/**
 * Summary use case: the same summary model the CLI writes, rendered by whichever adapter the port is.
 * `generatedAt` is passed in so the sheet is reproducible in tests.
 */
export async function writeSummarySheet(
  port: WorkbookPort,
  report: WorkbookReport,
  config: Config,
  asOf: string,
  generatedAt: string
): Promise<{ readonly sheetName: string }> {
  const summary = buildSummary(report.tables, asOf, { workbookIssues: report.issues });
  const model = summarySheetModel(summary, {
    generatedAt,
    completeLabel: config.completeLabel,
    completeColour: config.completeColour,
    file: report.file,
  });
  return port.writeSheet(model, { activate: true });
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
