import { eachWorkbookTable } from "../detect";
import type { DetectOptions, TableOverride } from "../detect/types";
import { columnIndex } from "../grid/a1";
import type { WorkbookGrid } from "../grid/types";
import type { Config } from "../schema/config";
import type { FieldName } from "../schema/fields";
import type { CheckedTable, WorkbookReport } from "../schema/report";
import { countActions } from "../summary/ratingCounts";
import { reportSummary, verdictOf } from "../verdict";
import { checkTable, recheck, type ContextualAction } from "./checkTable";
import { memosForCheck } from "../fast/checkMemos";
import { PlanContext } from "./planContext";
import { chooseSheets } from "./sheetChoice";
import { withoutOwnSheets } from "../ownSheets";

/** Config overrides use column letters (what users see); detection works in column numbers. */
function overridesFromConfig(config: Config): Record<string, TableOverride> {
  const out: Record<string, TableOverride> = {};
  for (const [key, fields] of Object.entries(config.mappingOverrides)) {
    const o: Partial<Record<FieldName, number | null>> = {};
    for (const [field, letter] of Object.entries(fields) as [FieldName, string | null][]) {
      o[field] = letter === null ? null : columnIndex(letter);
    }
    out[key] = o;
  }
  return out;
}

/** The cells the checks and ratings read: reading the other columns' cells of every row is waste. */
const CELL_FIELDS: readonly FieldName[] = ["ref", "owner", "start", "due", "status", "progress"];

/** How the engine asks detection for tables: the user's corrections, and only the cells it reads. */
export function detectOptions(config: Config): DetectOptions {
  return { overrides: overridesFromConfig(config), cellFields: CELL_FIELDS };
}

/**
 * The whole check of one workbook: find the tables, check and rate every action. Pure: the report date
 * is an input, never read from a clock.
 */
export function checkWorkbook(
  grid: WorkbookGrid,
  config: Config,
  asOf: string,
  file: string
): WorkbookReport {
  // the tool's own sheets (summary, history, roll-up) are never plans, whoever wrote them
  const own = withoutOwnSheets(grid);
  const chosen = chooseSheets(own, config.sheets);
  if (!chosen.ok) return { file, tables: [], issues: [], error: `${file}: ${chosen.error}` };
  const detected = eachWorkbookTable(own, {
    ...detectOptions(config),
    ...(chosen.sheets.length ? { sheets: chosen.sheets } : {}),
  });
  // table by table: each table's detected rows are garbage once it is checked
  const tables: CheckedTable[] = [];
  // one memo for the workbook (and the next check of it): its tables repeat the same statuses and dates
  const memos = memosForCheck(config, asOf);
  // the years and calendar of the whole plan, for timescales that do not say them
  const plan = new PlanContext(config, asOf);
  plan.addTitles(own);
  const contextual: ContextualAction[] = [];
  for (const t of detected) {
    plan.addTable(t);
    tables.push(checkTable(t, config, asOf, memos, plan, contextual));
  }
  // the context is complete only now: what was read with an earlier one is read again
  const final = plan.options();
  for (const c of contextual) recheck(c, final);
  const issues: WorkbookReport["issues"] = [];
  return {
    file,
    tables,
    issues,
    timescales: plan.report(),
    verdict: verdictOf({ tables, issues }, config, asOf),
    // the counts only: the exceptions list and the issue tally are made when a summary is shown
    summary: reportSummary(countActions(tables)),
  };
}
