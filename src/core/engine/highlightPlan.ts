import { columnIndex } from "../grid/a1";
import type { HighlightCell, HighlightPlan } from "../highlight";
import type { Issue, Severity } from "../schema/issue";
import type { WorkbookReport } from "../schema/report";

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Numeric cell keys: Excel has 16,384 columns and 2^20 rows, so a sheet's keys stay under 2^35. */
const ROW_STRIDE = 16_385;
const SHEET_STRIDE = 2 ** 35;

interface Flagged {
  readonly issue: Issue;
  readonly col: number;
  severity: Severity;
  readonly messages: string[];
}

/** One highlight per flagged cell: the most severe of its issues, every message in its note. */
export function highlightPlan(report: WorkbookReport): HighlightPlan {
  // numbers, not "sheet + cell" strings, as keys: a big plan has a flagged cell per action
  const sheets = new Map<string, number>();
  const columns = new Map<string, number>();
  const byCell = new Map<number, Flagged>();
  const visit = (issue: Issue) => {
    let col = columns.get(issue.column);
    if (col === undefined) {
      col = columnIndex(issue.column);
      columns.set(issue.column, col);
    }
    // an issue without a real cell (never made by makeIssue) cannot be highlighted
    if (!(col >= 1 && col < ROW_STRIDE && Number.isInteger(issue.row) && issue.row >= 1)) return;
    let sheet = sheets.get(issue.sheet);
    if (sheet === undefined) {
      sheet = sheets.size;
      sheets.set(issue.sheet, sheet);
    }
    const key = sheet * SHEET_STRIDE + issue.row * ROW_STRIDE + col;
    const seen = byCell.get(key);
    if (!seen) {
      byCell.set(key, { issue, col, severity: issue.severity, messages: [issue.message] });
      return;
    }
    seen.messages.push(issue.message);
    if (RANK[issue.severity] > RANK[seen.severity]) seen.severity = issue.severity;
  };
  for (const t of report.tables) {
    t.issues.forEach(visit);
    for (const a of t.actions) a.issues.forEach(visit);
  }
  report.issues.forEach(visit);
  const cells: HighlightCell[] = [];
  for (const { issue, col, severity, messages } of byCell.values()) {
    cells.push({
      sheet: issue.sheet,
      row: issue.row,
      col,
      address: issue.cell,
      severity,
      messages,
    });
  }
  return { cells };
}
