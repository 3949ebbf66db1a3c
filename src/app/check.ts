import { checkWorkbook, highlightPlan } from "../core/engine";
import type { HighlightPlan } from "../core/highlight";
import type { Config, WorkbookReport } from "../core/schema";
import type { WorkbookPort } from "./ports";

export interface CheckOutcome {
  readonly report: WorkbookReport;
  readonly plan: HighlightPlan;
  readonly asOf: string;
}

/**
 * Check use case: read the workbook, run the engine, and (unless told not to) replace the highlights.
 * The same engine the CLI runs, so the pane and the CLI give the same report for the same workbook.
 */
export async function checkWorkbookPort(
  port: WorkbookPort,
  config: Config,
  asOf: string,
  file: string,
  options: { readonly highlight?: boolean } = {}
): Promise<CheckOutcome> {
  const grid = await port.readGrid(config.sheets.length ? { sheets: config.sheets } : {});
  const report = checkWorkbook(grid, config, asOf, file);
  const plan = highlightPlan(report);
  if (options.highlight !== false) await port.applyHighlights(plan);
  return { report, plan, asOf };
}
