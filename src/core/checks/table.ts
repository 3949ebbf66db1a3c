import type { DetectedTable } from "../detect/types";
import type { FieldName } from "../schema/fields";
import type { StatusColumnKind } from "../rag/statusColumn";
import type { IssueCode } from "../schema/issue";

/** A table-level finding located at a header cell. */
export interface TableFinding {
  readonly code: IssueCode;
  readonly col: number;
  readonly field: FieldName | null;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The codes tableFindings can raise. */
export const TABLE_CHECK_CODES: readonly IssueCode[] = [
  "no-owner-column",
  "no-due-column",
  "duplicate-mapping",
  "status-commentary",
];

/**
 * A table's own problems, at its header: a missing owner or timescale column, two columns for one field, a
 * status column of sentences (`statusKind`, read once per table by the engine). A part under a section
 * heading shares its header: the engine asks this of the header's own table only.
 */
export function tableFindings(table: DetectedTable, statusKind: StatusColumnKind): TableFinding[] {
  const found: TableFinding[] = [];
  if (table.columns.owner === undefined) {
    found.push({ code: "no-owner-column", col: table.firstCol, field: "owner", params: {} });
  }
  if (table.columns.due === undefined) {
    found.push({ code: "no-due-column", col: table.firstCol, field: "due", params: {} });
  }
  for (const d of table.duplicates) {
    for (const col of d.cols) {
      if (col === d.chosen) continue;
      found.push({
        code: "duplicate-mapping",
        col,
        field: d.field,
        params: {
          header: table.headers[col] ?? "",
          chosenHeader: table.headers[d.chosen] ?? "",
          chosenCol: d.chosen,
        },
      });
    }
  }
  // said once for the table, where each sentence would otherwise be an unknown status
  if (statusKind === "commentary" && table.columns.status !== undefined) {
    found.push({
      code: "status-commentary",
      col: table.columns.status,
      field: "status",
      params: {},
    });
  }
  return found;
}
