import type { CheckedTable, FieldName } from "../core/schema";
import { FIELDS } from "../core/schema";
import { countBySeverity, plural, tableIssues, type TableCounts } from "./paneState";

export type { TableCounts };

/** What a table's card counts, before and after a mapping correction. */
export function tableCounts(table: CheckedTable): TableCounts {
  return {
    actions: table.actions.length,
    issues: countBySeverity(tableIssues(table)),
    red: table.actions.filter((a) => a.rag === "red").length,
  };
}

function change(before: number, after: number, noun: string): string | null {
  return before === after ? null : `${plural(before, noun)} → ${after}`;
}

/**
 * The effect of a correction on the table's counts, in one line for the card the user changed: "Your
 * change: 3 errors → 0, 12 actions → 14." A change that moves no count says so.
 */
export function effectLine(before: TableCounts, after: TableCounts): string {
  const parts = [
    change(before.actions, after.actions, "action"),
    change(before.issues.error, after.issues.error, "error"),
    change(before.issues.warning, after.issues.warning, "warning"),
    change(before.issues.info, after.issues.info, "tip"),
    change(before.red, after.red, "Red action"),
  ].filter((p): p is string => p !== null);
  return parts.length === 0
    ? "Your change left this table's counts as they were."
    : `Your change: ${parts.join(", ")}.`;
}

/**
 * Columns that two or more fields read (the user mapped a second field onto a column already taken): each
 * with the fields' labels, so the card can say which to change.
 */
export function sharedColumns(
  columns: CheckedTable["columns"]
): Array<{ column: string; fields: string[] }> {
  const byColumn = new Map<string, string[]>();
  for (const f of FIELDS) {
    const column = columns[f.name as FieldName];
    if (!column) continue;
    byColumn.set(column, [...(byColumn.get(column) ?? []), f.label]);
  }
  return [...byColumn]
    .filter(([, fields]) => fields.length > 1)
    .map(([column, fields]) => ({ column, fields }));
}
