import { checkWorkbook, highlightPlan } from "../core/engine";
import { detectOptions } from "../core/engine/checkWorkbook";
import { recheckEdit, type GridEdit } from "../core/engine/recheckEdit";
import type { WorkbookGrid } from "../core/grid/types";
import type { HighlightPlan } from "../core/highlight";
import type { Config, WorkbookReport } from "../core/schema";
import type { GridWithTables, WorkbookPort } from "./ports";

export type { GridEdit } from "../core/engine/recheckEdit";

/** A report and the grid it was made from: what a re-check after an edit starts from. */
export interface CheckedGrid {
  readonly report: WorkbookReport;
  readonly grid: WorkbookGrid;
}

export interface RecheckOutcome extends CheckedGrid {
  readonly plan: HighlightPlan;
  readonly asOf: string;
  /** Tables checked again; null when the whole workbook was (see core recheckEdit). */
  readonly tablesChecked: number | null;
  /** Sheets read from the workbook for it. */
  readonly sheetsRead: readonly string[];
}

/** The grid with the sheets read afresh in place of the old ones; null when one is not there any more. */
function withSheets(grid: WorkbookGrid, fresh: WorkbookGrid): WorkbookGrid | null {
  const byName = new Map(fresh.sheets.map((s) => [s.name, s]));
  const sheets = grid.sheets.map((s) => byName.get(s.name) ?? s);
  if (fresh.sheets.some((s) => !grid.sheets.some((old) => old.name === s.name))) return null;
  return { ...grid, sheets };
}

/**
 * The edited sheets, with their tables where the port finds them while reading (Office does, for the
 * fills of blank status cells): then the re-check does not look for them a second time.
 */
async function readEdited(
  port: WorkbookPort,
  sheets: readonly string[],
  config: Config
): Promise<GridWithTables> {
  if (sheets.length === 0) return { grid: { sheets: [] }, tables: new Map() };
  if (port.readGridWithTables)
    return port.readGridWithTables({ sheets, detect: detectOptions(config) });
  return { grid: await port.readGrid({ sheets }), tables: new Map() };
}

/** One edit per sheet: the rectangle around all of that sheet's edits. */
function bySheet(edits: readonly GridEdit[]): GridEdit[] {
  const out = new Map<string, GridEdit>();
  for (const e of edits) {
    const o = out.get(e.sheet);
    out.set(
      e.sheet,
      o === undefined
        ? e
        : {
            sheet: e.sheet,
            range: {
              top: Math.min(o.range.top, e.range.top),
              left: Math.min(o.range.left, e.range.left),
              bottom: Math.max(o.range.bottom, e.range.bottom),
              right: Math.max(o.range.right, e.range.right),
            },
          }
    );
  }
  return [...out.values()];
}

/**
 * Re-check after the user's edits: reads only the edited sheets, and checks again only the tables the
 * edits fall on (the rest of `previous` stands), giving the report a whole check would give. Reads and
 * checks the whole workbook when the edited sheets are not all in the previous grid (a sheet added or
 * renamed). Rates only: highlights are left as they are, so nothing lands on the user's undo list.
 */
export async function recheckEditedPort(
  port: WorkbookPort,
  previous: CheckedGrid,
  edits: readonly GridEdit[],
  config: Config,
  asOf: string
): Promise<RecheckOutcome> {
  const merged = bySheet(edits);
  const sheets = merged.map((e) => e.sheet);
  const { grid: fresh, tables } = await readEdited(port, sheets, config);
  let grid = withSheets(previous.grid, fresh);
  if (grid === null || fresh.sheets.length !== sheets.length) {
    grid = await port.readGrid(config.sheets.length ? { sheets: config.sheets } : {});
    const report = checkWorkbook(grid, config, asOf, previous.report.file);
    const sheetsRead = grid.sheets.map((s) => s.name);
    return { report, grid, plan: highlightPlan(report), asOf, tablesChecked: null, sheetsRead };
  }
  // one sheet at a time: each step's previous report is that of the grid before its own edit
  let report = previous.report;
  let step = previous.grid;
  let tablesChecked: number | null = 0;
  for (const e of merged) {
    const sheet = fresh.sheets.find((s) => s.name === e.sheet);
    step = withSheets(step, { sheets: sheet ? [sheet] : [] }) as WorkbookGrid;
    const r = recheckEdit(report, step, e, config, asOf, tables.get(e.sheet));
    report = r.report;
    tablesChecked =
      tablesChecked === null || r.tablesChecked === null ? null : tablesChecked + r.tablesChecked;
  }
  return { report, grid, plan: highlightPlan(report), asOf, tablesChecked, sheetsRead: sheets };
}
