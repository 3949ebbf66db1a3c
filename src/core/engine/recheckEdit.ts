// Re-checking after an edit: the tables the edit touched, not the workbook. The answer is the report
// checkWorkbook would give for the edited grid; where this cannot be shown cheaply (the edit changed a
// table's shape, or what the plan's timescales are read against), it is checkWorkbook's own answer.
import { eachTable, readCell } from "../detect/detect";
import { sheetView, type SheetView } from "../detect/view";
import type { DetectedTable } from "../detect/types";
import { columnIndex, parseA1 } from "../grid/a1";
import type { CellRange, SheetGrid, WorkbookGrid } from "../grid/types";
import { withoutOwnSheets } from "../ownSheets";
import type { Config } from "../schema/config";
import type { CheckedTable, WorkbookReport } from "../schema/report";
import { countActions } from "../summary/ratingCounts";
import { parseTimescaleShared } from "../timescale";
import { reportSummary, verdictOf } from "../verdict";
import { checkTable, recheck, type ContextualAction } from "./checkTable";
import { memosForCheck } from "../fast/checkMemos";
import { tableShape, type TableShape } from "./tableShape";
import { checkWorkbook, detectOptions } from "./checkWorkbook";
import { PlanContext } from "./planContext";
import { chooseSheets } from "./sheetChoice";

/** Cells a person changed: one rectangle of one sheet (1-based rows and columns). */
export interface GridEdit {
  readonly sheet: string;
  readonly range: CellRange;
}

/** How a re-check was done, for the pane's figures and for tests. */
export interface Recheck {
  readonly report: WorkbookReport;
  /** Tables checked again (the rest are the previous report's, unchanged); null: the whole workbook. */
  readonly tablesChecked: number | null;
}

/** A table in the order checkWorkbook lists them: a new reading of the edited sheet's, or the previous one. */
type Slot =
  { readonly fresh: DetectedTable; readonly was: CheckedTable } | { readonly kept: CheckedTable };

/**
 * The report for `grid` (the workbook after `edit`), given `previous` (checkWorkbook's report for it before
 * the edit, with the same config and report date). Only the edited sheet is read for tables again, and only
 * the tables the edit falls on are checked again; every other table is the previous report's. Falls back to
 * checking the whole workbook when the edited sheet's tables changed shape (a row became a header, a column
 * was renamed, a table grew or shrank) or the plan's years or calendar changed.
 *
 * Why a table the edit misses needs no new check: an action's check reads its own row's cells, its table's
 * header and rows, the config, the report date and the plan's final context (a reading that used the
 * context is read again with the final one). The first two are unchanged (same shape, edit elsewhere), the
 * last is compared. Whether a reading used the context is decided by its text (a yearless month, a bare
 * year pair: see timescale/parse usedContext), not by which table met the text first.
 *
 * `detected`: the edited sheet's tables in `grid`, as `eachTable(sheet, detectOptions(config))` finds them,
 * when the caller has them already (the Office adapter finds them to read blank status cells' fills);
 * else the sheet is read for tables here.
 */
export function recheckEdit(
  previous: WorkbookReport,
  grid: WorkbookGrid,
  edit: GridEdit,
  config: Config,
  asOf: string,
  detected?: readonly DetectedTable[]
): Recheck {
  const whole = (): Recheck => ({
    report: checkWorkbook(grid, config, asOf, previous.file),
    tablesChecked: null,
  });
  if (previous.error !== undefined || previous.timescales === undefined) return whole();
  const own = withoutOwnSheets(grid);
  const chosen = chooseSheets(own, config.sheets);
  if (!chosen.ok) return whole();
  const sheet = own.sheets.find((s) => s.name === edit.sheet);
  const checked = chosen.sheets.length === 0 || chosen.sheets.includes(edit.sheet);
  const fresh = sheet && checked ? (detected ?? [...eachTable(sheet, detectOptions(config))]) : [];
  const slots = slotsOf(previous.tables, edit.sheet, fresh);
  if (slots === null) return whole();

  const context = replayContext(own, config, asOf, slots);
  if (JSON.stringify(context.report()) !== JSON.stringify(previous.timescales)) return whole();
  // the tables the edit falls on; nothing else an action's check reads has changed (see above)
  const again = new Set<number>();
  slots.forEach((s, i) => {
    if ("fresh" in s && overlaps(s.fresh, edit.range)) again.add(i);
  });

  const memos = memosForCheck(config, asOf);
  const contextual: ContextualAction[] = [];
  const tables = slots.map((s, i) => {
    if ("kept" in s) return s.kept;
    return again.has(i) ? checkTable(s.fresh, config, asOf, memos, context, contextual) : s.was;
  });
  const final = context.options();
  for (const c of contextual) recheck(c, final);
  const issues: WorkbookReport["issues"] = [];
  return {
    report: {
      file: previous.file,
      tables,
      issues,
      timescales: context.report(),
      verdict: verdictOf({ tables, issues }, config, asOf),
      summary: reportSummary(countActions(tables)),
    },
    tablesChecked: again.size,
  };
}

/**
 * The previous report's tables with the edited sheet's read afresh in their place; null when the edited
 * sheet's tables are not the same tables in the same shape (then nothing previous can be reused).
 */
function slotsOf(
  previous: readonly CheckedTable[],
  sheet: string,
  fresh: readonly DetectedTable[]
): Slot[] | null {
  const slots: Slot[] = [];
  let k = 0;
  for (const t of previous) {
    if (t.sheet !== sheet) {
      slots.push({ kept: t });
      continue;
    }
    const f = fresh[k++];
    if (!f || JSON.stringify(tableShape(f)) !== JSON.stringify(shapeOf(t))) return null;
    slots.push({ fresh: f, was: t });
  }
  return k === fresh.length ? slots : null;
}

/** The part of a checked table that its header and extent decide (see `tableShape`). */
function shapeOf(t: CheckedTable): TableShape {
  const { sheet, key, headerRow, headerRows, range, section, columns, headers, mapping } = t;
  return { sheet, key, headerRow, headerRows, range, section, columns, headers, mapping };
}

/**
 * The plan's context as checkWorkbook builds it, in its order: titles, then table by table its header and
 * section and each action's timescale read with the options of the table's start.
 */
function replayContext(
  own: WorkbookGrid,
  config: Config,
  asOf: string,
  slots: readonly Slot[]
): PlanContext {
  const context = new PlanContext(config, asOf);
  context.addTitles(own);
  const views = new Map<string, SheetView>();
  for (const s of slots) {
    const dues = "fresh" in s ? freshDues(s.fresh) : keptDues(s.kept, own, views);
    if ("fresh" in s) context.addTable(s.fresh);
    else context.addTableTexts(Object.values(s.kept.headers), s.kept.section);
    const options = context.options();
    for (const due of dues) context.noteTimescale(parseTimescaleShared(due, options));
  }
  return context;
}

type DueCell = {
  readonly text: string;
  readonly value: number | null;
  readonly numberFormat: string;
};

function dueOf(cell: { text: string; value: unknown; numberFormat: string } | undefined): DueCell {
  return {
    text: cell?.text ?? "",
    value: cell && typeof cell.value === "number" ? cell.value : null,
    numberFormat: cell?.numberFormat ?? "General",
  };
}

function freshDues(t: DetectedTable): DueCell[] {
  return t.rows.map((r) => dueOf(r.cells.due));
}

/** A kept table's due cells, read from the grid as detection reads them (the previous report has the text only). */
function keptDues(t: CheckedTable, own: WorkbookGrid, views: Map<string, SheetView>): DueCell[] {
  const letter = t.columns.due;
  if (letter === undefined) return t.actions.map(() => dueOf(undefined));
  let view = views.get(t.sheet);
  if (view === undefined) {
    view = sheetView(own.sheets.find((s) => s.name === t.sheet) as SheetGrid);
    views.set(t.sheet, view);
  }
  const col = columnIndex(letter);
  const v = view;
  return t.actions.map((a) => dueOf(readCell(v, a.rows, col)));
}

/** Whether the edit falls on the table's rows (its header or heading to its last row) and columns. */
function overlaps(t: DetectedTable, r: CellRange): boolean {
  const top = t.firstRow ?? t.headerRow;
  return r.top <= t.lastRow && r.bottom >= top && r.left <= t.lastCol && r.right >= t.firstCol;
}

/** An edit from an address ("B7" or "B7:D9") on a sheet, null when the address is not one. */
export function gridEdit(sheet: string, address: string): GridEdit | null {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  const a = parseA1(from ?? "");
  const b = parseA1(to ?? "");
  if (!a || !b) return null;
  return {
    sheet,
    range: {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    },
  };
}
