import type { DetectedTable } from "../detect/types";
import type { FieldName } from "../schema/fields";
import type { IssueCode } from "../schema/issue";

/** A table-level finding located at a header cell. */
export interface TableFinding {
  readonly code: IssueCode;
  readonly col: number;
  readonly field: FieldName | null;
  readonly params: Readonly<Record<string, string | number>>;
}

export function tableFindings(table: DetectedTable): TableFinding[] {
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
  return found;
}
