import { checkWorkbook, highlightPlan } from "../core/engine";
import type { WorkbookGrid } from "../core/grid/types";
import type { HighlightPlan } from "../core/highlight";
import type { Config, WorkbookReport } from "../core/schema";
import type { WorkbookPort } from "./ports";

export interface CheckOutcome {
  readonly report: WorkbookReport;
  readonly plan: HighlightPlan;
  readonly asOf: string;
  /** The grid the report was made from: a re-check after an edit starts from it (see recheck.ts). */
  readonly grid?: WorkbookGrid;
  /** Why the highlights could not be written (a protected sheet, a read-only file…); the report stands. */
  readonly highlightError?: unknown;
}

export interface CheckOptions {
  /** False: read and rate only (the live re-check), so nothing lands on the user's undo list. */
  readonly highlight?: boolean;
  /**
   * Called with the report as soon as it is rated, before any highlight is written; the highlights wait
   * for the promise it returns (the pane: until the report is painted, so the person reads it while the
   * highlights' round trips go on).
   */
  readonly onReport?: (outcome: CheckOutcome) => void | Promise<void>;
}

/**
 * Check use case: read the workbook, run the engine, and (unless told not to) replace the highlights.
 * The same engine the CLI runs, so the pane and the CLI give the same report for the same workbook. The
 * report never waits on the highlights and never fails with them: a highlight Excel refuses comes back
 * as `highlightError` beside the report.
 */
export async function checkWorkbookPort(
  port: WorkbookPort,
  config: Config,
  asOf: string,
  file: string,
  options: CheckOptions = {}
): Promise<CheckOutcome> {
  const grid = await port.readGrid(config.sheets.length ? { sheets: config.sheets } : {});
  const report = checkWorkbook(grid, config, asOf, file);
  return highlightReport(port, report, asOf, options, grid);
}

/**
 * The highlights of a report made already: what `checkWorkbookPort` does after rating. The CLI checks
 * every file first (the report it prints) and then writes the copies asked for from those reports, so a
 * workbook is read and rated once, not once for the report and again for its copy.
 */
export async function highlightReport(
  port: WorkbookPort,
  report: WorkbookReport,
  asOf: string,
  options: CheckOptions = {},
  grid?: WorkbookGrid
): Promise<CheckOutcome> {
  const plan = highlightPlan(report);
  const rated: CheckOutcome = { report, plan, asOf, ...(grid ? { grid } : {}) };
  const shown = options.onReport?.(rated);
  if (options.highlight === false) return rated;
  if (shown) await shown;
  try {
    await port.applyHighlights(plan);
    return rated;
  } catch (highlightError) {
    return { ...rated, highlightError };
  }
}
