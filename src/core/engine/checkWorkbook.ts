import { eachWorkbookTable } from "../detect";
import type { TableOverride } from "../detect/types";
import { columnIndex } from "../grid/a1";
import type { WorkbookGrid } from "../grid/types";
import type { Config } from "../schema/config";
import type { FieldName } from "../schema/fields";
import type { CheckedTable, WorkbookReport } from "../schema/report";
import { buildSummary } from "../summary/summary";
import { reportSummary, verdictOf } from "../verdict";
import { checkTable, workbookMemos } from "./checkTable";
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
  const plan = withoutOwnSheets(grid);
  const chosen = chooseSheets(plan, config.sheets);
  if (!chosen.ok) return { file, tables: [], issues: [], error: `${file}: ${chosen.error}` };
  const detected = eachWorkbookTable(plan, {
    overrides: overridesFromConfig(config),
    cellFields: CELL_FIELDS,
    ...(chosen.sheets.length ? { sheets: chosen.sheets } : {}),
  });
  // table by table: each table's detected rows are garbage once it is checked
  const tables: CheckedTable[] = [];
  // one memo for the workbook: its tables repeat the same statuses and dates
  const memos = workbookMemos(config, asOf);
  for (const t of detected) tables.push(checkTable(t, config, asOf, memos));
  const issues: WorkbookReport["issues"] = [];
  return {
    file,
    tables,
    issues,
    verdict: verdictOf({ tables, issues }, config, asOf),
    summary: reportSummary(buildSummary(tables, asOf, { workbookIssues: issues })),
  };
}
