import { sheetCells, smallCellKey, wideCellKey, type SheetCells } from "../fast/cellKeys";
import { columnIndex } from "../grid/a1";
import type { HighlightPlan } from "../highlight";
import type { Action } from "../schema/action";
import type { Issue, Severity } from "../schema/issue";
import type { CheckedTable, WorkbookReport } from "../schema/report";
import {
  HIGHLIGHT_FILL,
  HIGHLIGHT_RANK,
  KIND_OF_CODE,
  type HighlightKind,
} from "../palette/palette";

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** A highlight being gathered: the same keys in the same order as the plan's cells. */
interface Flagged {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
  severity: Severity;
  kind: HighlightKind;
  fill: string;
  readonly messages: string[];
}

/**
 * What flags a cell: an issue, or an Amber rating (no issue, but the plan should show it). Its highlight
 * kind is passed beside it: an issue is read as it is, not copied with its kind added.
 */
type Flag = Pick<Issue, "sheet" | "row" | "column" | "cell" | "severity" | "message">;

/** The due cell of an Amber action, flagged with the rating's reason. */
function amberFlag(table: CheckedTable, a: Action): Flag | null {
  const column = table.columns.due;
  if (a.rag !== "amber" || column === undefined) return null;
  return {
    sheet: table.sheet,
    row: a.row,
    column,
    cell: `${column}${a.row}`,
    severity: "info",
    message: `Amber: ${a.ragReason}`,
  };
}

/**
 * One highlight per flagged cell: the most severe of its issues, every message in its note. A big plan
 * flags a cell per action, so cells are found by small keys per sheet (see fast/cellKeys), and each cell
 * is made once, in the order first flagged.
 */
export function highlightPlan(report: WorkbookReport): HighlightPlan {
  const cells: Flagged[] = [];
  const bySheet = new Map<string, SheetCells<Flagged>>();
  /** Column letters → [column, slot]; column NaN when the letters are not a column. */
  const columns = new Map<string, readonly [number, number]>();
  const slots = new Map<number, number>();
  const visit = (issue: Flag, kind: HighlightKind): void => {
    let c = columns.get(issue.column);
    if (c === undefined) {
      const col = columnIndex(issue.column);
      let slot = slots.get(col);
      if (slot === undefined) {
        slot = slots.size;
        slots.set(col, slot);
      }
      c = [col, slot];
      columns.set(issue.column, c);
    }
    const col = c[0];
    const slot = c[1];
    // an issue without a real cell (never made by makeIssue) cannot be highlighted
    if (!(col >= 1 && col < 16_385 && Number.isInteger(issue.row) && issue.row >= 1)) return;
    let sheet = bySheet.get(issue.sheet);
    if (sheet === undefined) {
      sheet = sheetCells();
      bySheet.set(issue.sheet, sheet);
    }
    const key = smallCellKey(issue.row, slot);
    if (key >= 0) {
      const cell = sheet.small.get(issue.row, key);
      if (cell) add(cell, issue, kind);
      else sheet.small.set(issue.row, key, made(issue, kind, col));
    } else {
      const text = wideCellKey(issue.row, col);
      const cell = sheet.wide.get(text);
      if (cell) add(cell, issue, kind);
      else sheet.wide.set(text, made(issue, kind, col));
    }
  };
  const add = (cell: Flagged, issue: Flag, kind: HighlightKind): void => {
    cell.messages.push(issue.message);
    if (RANK[issue.severity] > RANK[cell.severity]) cell.severity = issue.severity;
    if (HIGHLIGHT_RANK[kind] > HIGHLIGHT_RANK[cell.kind]) {
      cell.kind = kind;
      cell.fill = HIGHLIGHT_FILL[kind];
    }
  };
  const made = (issue: Flag, kind: HighlightKind, col: number): Flagged => {
    const cell: Flagged = {
      sheet: issue.sheet,
      row: issue.row,
      col,
      address: issue.cell,
      severity: issue.severity,
      kind,
      fill: HIGHLIGHT_FILL[kind],
      messages: [issue.message],
    };
    cells.push(cell);
    return cell;
  };
  for (const t of report.tables) {
    for (const i of t.issues) visit(i, KIND_OF_CODE[i.code]);
    // indexed, as in buildSummary: no iterator per action
    const actions = t.actions;
    for (let k = 0; k < actions.length; k++) {
      const a = actions[k] as Action;
      const own = a.issues;
      for (let j = 0; j < own.length; j++) {
        const i = own[j] as Issue;
        visit(i, KIND_OF_CODE[i.code]);
      }
      const amber = amberFlag(t, a);
      if (amber) visit(amber, "amber");
    }
  }
  for (const i of report.issues) visit(i, KIND_OF_CODE[i.code]);
  return { cells };
}
