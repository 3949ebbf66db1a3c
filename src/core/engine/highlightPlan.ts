import { parseA1 } from "../grid/a1";
import type { HighlightCell, HighlightPlan } from "../highlight";
import type { Issue, Severity } from "../schema/issue";
import type { WorkbookReport } from "../schema/report";

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** One highlight per flagged cell: the most severe of its issues, every message in its note. */
export function highlightPlan(report: WorkbookReport): HighlightPlan {
  const byCell = new Map<string, { issue: Issue; severity: Severity; messages: string[] }>();
  const visit = (issue: Issue) => {
    const key = `${issue.sheet}\u0000${issue.cell}`;
    const seen = byCell.get(key);
    if (!seen) {
      byCell.set(key, { issue, severity: issue.severity, messages: [issue.message] });
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
  for (const { issue, severity, messages } of byCell.values()) {
    const pos = parseA1(issue.cell);
    if (!pos) continue;
    cells.push({
      sheet: issue.sheet,
      row: pos.row,
      col: pos.col,
      address: issue.cell,
      severity,
      messages,
    });
  }
  return { cells };
}
