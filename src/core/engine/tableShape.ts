import type { DetectedTable } from "../detect/types";
import { columnLetter, rangeA1 } from "../grid/a1";
import type { FieldName } from "../schema/fields";
import type { CheckedTable } from "../schema/report";

export type TableShape = Pick<
  CheckedTable,
  | "sheet"
  | "key"
  | "headerRow"
  | "headerRows"
  | "range"
  | "section"
  | "columns"
  | "headers"
  | "mapping"
>;

/** What a checked table says of its header and extent, as the report gives it (its rows aside). */
export function tableShape(table: DetectedTable): TableShape {
  const columns: Partial<Record<FieldName, string>> = {};
  for (const [field, col] of Object.entries(table.columns) as [FieldName, number][]) {
    columns[field] = columnLetter(col);
  }
  const headers: Record<string, string> = {};
  for (const [col, text] of Object.entries(table.headers))
    headers[columnLetter(Number(col))] = text;

  return {
    sheet: table.sheet,
    key: table.key,
    headerRow: table.headerRow,
    headerRows: table.headerRows,
    range: rangeA1(table.firstRow ?? table.headerRow, table.firstCol, table.lastRow, table.lastCol),
    section: table.section,
    columns,
    headers,
    mapping: table.mapping.map((m) => ({
      field: m.field,
      column: columnLetter(m.col),
      header: m.header,
      reason: m.reason,
      ...(m.score === undefined ? {} : { score: m.score }),
      ...(m.detail === undefined ? {} : { detail: m.detail }),
    })),
  };
}
