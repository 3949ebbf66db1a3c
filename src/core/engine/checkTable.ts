import { duplicateRefs, ROW_CHECKS, tableFindings } from "../checks";
import type { Finding, RowCheck, RowContext } from "../checks";
import type { DetectedRow, DetectedTable } from "../detect/types";
import { actionLabel } from "../messages";
import { statusColumnKind, statusMeaning, type StatusColumnKind } from "../rag";
import { rateByColour } from "../rag/colourRating";
import { RatingMemo } from "../rag/rateMemo";
import type { Action } from "../schema/action";
import type { Config } from "../schema/config";
import type { Issue } from "../schema/issue";
import type { CheckedTable } from "../schema/report";
import type { Timescale } from "../schema/timescale";
import { parseTimescaleShared, type TimescaleOptions } from "../timescale";
import { YEAR_INFERRED_NOTE } from "../timescale/yearlessNote";
import type { PlanContext } from "./planContext";
import { flat } from "../messages/flat";
import { MessageTails, NO_PARAMS } from "../messages/tails";
import { TableIssues } from "./tableIssues";
import { exactCopy } from "../fast/exactList";
import { tableShape } from "./tableShape";

/** The first 60 characters of the action text, as the report and the truth files give it. */
const ACTION_PREVIEW = 60;

/**
 * The row's timescale, and (with a workbook context) whether its reading used the context. The context
 * notes the memo's own reading, never the copy made for a start column (one per row).
 */
function readTimescale(run: TableRun, row: DetectedRow): Readonly<Timescale> {
  const options = run.options;
  const due = row.cells.due;
  const value = due && typeof due.value === "number" ? due.value : null;
  // shared memo results: the engine only reads them (and copies the notes into the action)
  const parsed = parseTimescaleShared(
    { text: due?.text ?? "", value, numberFormat: due?.numberFormat ?? "General" },
    options
  );
  if (run.plan) run.state.contextual = run.plan.noteTimescale(parsed);
  const startCell = row.cells.start;
  if (parsed.start !== null || !startCell || startCell.text.trim() === "") return parsed;
  // A separate start column: its date is the start whatever it names.
  const start = parseTimescaleShared(
    {
      text: startCell.text,
      value: typeof startCell.value === "number" ? startCell.value : null,
      numberFormat: startCell.numberFormat,
    },
    options
  );
  const startIso = start.start ?? start.due;
  return startIso ? { ...parsed, start: startIso } : parsed;
}

function statusKindOf(table: DetectedTable): StatusColumnKind {
  if (table.columns.status === undefined) return "other";
  const values: string[] = [];
  for (const r of table.rows) {
    const t = r.cells.status?.text ?? "";
    if (t.trim() !== "") values.push(t);
  }
  return statusColumnKind(values);
}

/** What checking a row needs from its table, made once per table. */
interface TableRun {
  readonly table: DetectedTable;
  readonly config: Config;
  readonly asOf: string;
  readonly statusIsProgress: boolean;
  /** The status column holds sentences: a cell whose words name no status is commentary, not unknown. */
  readonly statusIsCommentary: boolean;
  readonly repeats: ReadonlyMap<DetectedRow, DetectedRow>;
  readonly issues: TableIssues;
  readonly ratings: RatingMemo;
  /** Where a row's issues are gathered before they are copied into its action. */
  readonly scratch: Issue[];
  /** The workbook's context for timescales; absent when the table is checked on its own. */
  readonly plan: PlanContext | null;
  readonly options: TimescaleOptions;
  /** Whether the row just checked read its timescale with the workbook's context. */
  readonly state: { contextual: boolean };
}

/**
 * An action whose timescale used the workbook's context: read again if the context changes. Plain data,
 * no closure: a closure would keep checkTable's whole scope (the table and all its rows) alive.
 */
export interface ContextualAction {
  readonly actions: Action[];
  readonly index: number;
  readonly row: DetectedRow;
  /** The table's run without the table's rows. */
  readonly run: TableRun;
}

/** Reads a contextual action again with the final context. */
export function recheck(c: ContextualAction, options: TimescaleOptions): void {
  if (c.run.options !== options) c.actions[c.index] = checkRow({ ...c.run, options }, c.row);
}

/** Whether the due date's year was guessed (only asked of the few readings that used the context). */
function yearGuessed(t: Readonly<Timescale>): boolean {
  return t.due !== null && t.notes.some((n) => n.startsWith(YEAR_INFERRED_NOTE));
}

/** A run for re-reading a few rows later, holding nothing of the table's other rows. */
function lightRun(run: TableRun, memos: WorkbookMemos): TableRun {
  const bare: DetectedTable = { ...run.table, rows: [] };
  return { ...run, table: bare, issues: new TableIssues(bare, run.config, memos.tails) };
}

/** Checks and rates one action row. */
function checkRow(run: TableRun, row: DetectedRow): Action {
  const { table, config } = run;
  const timescale = readTimescale(run, row);
  const statusText = row.cells.status?.text.trim() || null;
  const rated =
    run.statusIsProgress &&
    !(run.statusIsCommentary && statusText !== null && statusMeaning(statusText) === null);
  const guessed = run.state.contextual && yearGuessed(timescale);
  // RAG shown only as colour: a blank status cell's own fill, read as its status word
  const fill = statusText === null && run.statusIsProgress ? row.cells.status?.fill : undefined;
  const rating =
    (fill && rateByColour(run.ratings, fill, timescale.due, timescale.ongoing, guessed)) ||
    run.ratings.rate(rated ? statusText : null, timescale.due, timescale.ongoing, guessed);

  const ctx: RowContext = {
    table,
    row,
    timescale,
    config,
    asOf: run.asOf,
    status: statusText,
    rating,
    firstRow: run.repeats.get(row),
  };
  const issues = rowIssues(run, ctx);

  const action: Action = {
    row: row.row,
    // the detected row is garbage once checked: its rows array passes to the action as it is
    rows: row.rows,
    ref: row.ref,
    action: row.actionText.slice(0, ACTION_PREVIEW),
    actionText: row.actionText,
    owner: row.cells.owner?.text.trim() || null,
    timescale: row.cells.due?.text.trim() || null,
    start: timescale.start,
    due: timescale.due,
    ongoing: timescale.ongoing,
    cadence: timescale.cadence,
    precision: timescale.precision,
    // frozen and shared with every action whose timescale reads alike (see parseTimescaleShared)
    timescaleNotes: timescale.notes.length === 0 ? NO_NOTES : timescale.notes,
    status: statusText,
    update: row.cells.progress?.text.trim() || null,
    rag: rating.rag,
    ragRule: rating.rule,
    ragReason: rating.reason,
    issues: exactCopy(issues, NO_ISSUES),
  };
  return row.hidden ? { ...action, hidden: true } : action;
}

/** The row's issues, check by check in ROW_CHECKS order, gathered in the run's scratch list. */
function rowIssues(run: TableRun, ctx: RowContext): readonly Issue[] {
  const row = ctx.row;
  // most rows have no issue: name the action only when a message needs it
  let label: string | null = null;
  const issues = run.scratch;
  issues.length = 0;
  for (let c = 0; c < ROW_CHECKS.length; c++) {
    // indexed: the checks return shared frozen lists and fresh ones, and a for-of over both kinds
    // builds an iterator per row
    const found = (ROW_CHECKS[c] as RowCheck).run(ctx);
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as Finding;
      label ??= labelOf(row);
      issues.push(run.issues.action(f.code, f.field, row.row, label, f.params ?? NO_PARAMS));
    }
  }
  return issues;
}

/** Shared by every action without notes or issues: frozen, so no holder can change another's. */
const NO_NOTES: readonly string[] = Object.freeze([]);
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** How messages name the action: made once per action with issues, flat as its messages point into it. */
function labelOf(row: DetectedRow): string {
  return flat(actionLabel(row.ref, row.actionText, row.row));
}

/** What the tables of one workbook share: ratings and message tails repeat from table to table. */
export interface WorkbookMemos {
  readonly ratings: RatingMemo;
  readonly tails: MessageTails;
}

export function workbookMemos(config: Config, asOf: string): WorkbookMemos {
  return { ratings: new RatingMemo(config, asOf), tails: new MessageTails() };
}

/**
 * Checks one detected table: ratings, the per-row checks and the table's own (see core/checks).
 * `memos` lets the tables of one workbook share what they remember (made for `asOf` and `config`).
 */
export function checkTable(
  table: DetectedTable,
  config: Config,
  asOf: string,
  memos: WorkbookMemos = workbookMemos(config, asOf),
  plan: PlanContext | null = null,
  contextual: ContextualAction[] = []
): CheckedTable {
  const statusKind = statusKindOf(table);
  const statusIsProgress = statusKind !== "other";
  const issueMaker = new TableIssues(table, config, memos.tails);
  const run: TableRun = {
    table,
    config,
    asOf,
    statusIsProgress,
    statusIsCommentary: statusKind === "commentary",
    repeats: duplicateRefs(table.rows),
    issues: issueMaker,
    ratings: memos.ratings,
    scratch: [],
    plan,
    options: plan ? plan.options() : { bareYearRange: config.bareYearRange },
    state: { contextual: false },
  };
  const actions: Action[] = [];
  // a re-read keeps its row, not the table's other rows (the checks of a row never read them)
  let light: TableRun | null = null;
  for (const row of table.rows) {
    const action = checkRow(run, row);
    if (run.state.contextual) {
      // nothing of the light run may hold the table (its issue maker does): both are made afresh
      light ??= lightRun(run, memos);
      contextual.push({ actions, index: actions.length, row, run: light });
    }
    actions.push(action);
  }

  // a part under a section heading shares its header: the header's problems are reported once, on the
  // header's own table
  const tableIssues =
    table.partOf === undefined
      ? tableFindings(table, statusKind).map((f) => issueMaker.header(f.code, f.col, f.params))
      : [];

  const { sheet, key, headerRow, headerRows, range, section, columns, headers, mapping } =
    tableShape(table);
  return {
    sheet,
    key,
    headerRow,
    headerRows,
    range,
    section,
    columns,
    headers,
    mapping,
    statusIsProgress,
    actions,
    issues: tableIssues,
  };
}
