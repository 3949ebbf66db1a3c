import type { CheckedTable, FieldName } from "../../core/schema";

/** Why a field's column was chosen, in words, for the hint under its dropdown; null when nothing to say. */
export function mappingWhy(table: CheckedTable, field: FieldName): string | null {
  const note = table.mapping.find((m) => m.field === field && m.reason !== "ref-in-action-text");
  if (!note || note.reason === "override" || !note.detail) return null;
  return `Why: ${note.detail}.`;
}

/** "Row 14 is hidden" / "Rows 14, 15 and 20 are hidden": hidden actions are checked, and the pane says so. */
export function hiddenRowsLine(table: CheckedTable): string | null {
  const rows = [...new Set(table.actions.filter((a) => a.hidden).map((a) => a.row))];
  if (rows.length === 0) return null;
  if (rows.length === 1) return `Row ${rows[0]} is hidden; its action is checked all the same.`;
  const shown = rows.slice(0, 10);
  const more = rows.length - shown.length;
  const list =
    more > 0
      ? `${shown.join(", ")} and ${more} more`
      : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
  return `Rows ${list} are hidden; their actions are checked all the same.`;
}
