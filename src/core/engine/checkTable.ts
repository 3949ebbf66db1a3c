import { duplicateRefs, ROW_CHECKS, tableFindings } from "../checks";
import type { RowContext } from "../checks";
import type { DetectedRow, DetectedTable } from "../detect/types";
import { columnLetter, rangeA1 } from "../grid/a1";
import { actionLabel } from "../messages";
import { isProgressStatusColumn, rateAction } from "../rag";
import type { Action } from "../schema/action";
import type { Config } from "../schema/config";
import type { FieldName } from "../schema/fields";
import type { Issue } from "../schema/issue";
import type { CheckedTable } from "../schema/report";
import type { Timescale } from "../schema/timescale";
import { parseTimescale } from "../timescale";
import { makeIssue } from "./issues";

/** The first 60 characters of the action text, as the report and the truth files give it. */
const ACTION_PREVIEW = 60;

function readTimescale(row: DetectedRow, config: Config): Timescale {
  const due = row.cells.due;
  const value = due && typeof due.value === "number" ? due.value : null;
  const parsed = parseTimescale(
    { text: due?.text ?? "", value, numberFormat: due?.numberFormat ?? "General" },
    { bareYearRange: config.bareYearRange }
  );
  const startCell = row.cells.start;
  if (parsed.start !== null || !startCell || startCell.text.trim() === "") return parsed;
  // A separate start column: its date is the start whatever it names.
  const start = parseTimescale(
    {
      text: startCell.text,
      value: typeof startCell.value === "number" ? startCell.value : null,
      numberFormat: startCell.numberFormat,
    },
    { bareYearRange: config.bareYearRange }
  );
  const startIso = start.start ?? start.due;
  return startIso ? { ...parsed, start: startIso } : parsed;
}

function statusColumnIsProgress(table: DetectedTable): boolean {
  if (table.columns.status === undefined) return false;
  const values = table.rows.map((r) => r.cells.status?.text ?? "").filter((t) => t.trim() !== "");
  return isProgressStatusColumn(values);
}

/** Checks one detected table: per-row checks, ratings, overdue, duplicate refs and table-level issues. */
export function checkTable(table: DetectedTable, config: Config, asOf: string): CheckedTable {
  const statusIsProgress = statusColumnIsProgress(table);
  const repeats = duplicateRefs(table.rows);
  // per table, not per issue: a table's headers and columns are the same for all its rows
  const headerByField = new Map<FieldName, string>();
  const headerOf = (field: FieldName): string => {
    let h = headerByField.get(field);
    if (h === undefined) {
      const col = table.columns[field];
      h = col === undefined ? "" : (table.headers[col] ?? "");
      headerByField.set(field, h);
    }
    return h;
  };
  const colOf = (field: FieldName): number =>
    table.columns[field] ?? table.columns.action ?? table.firstCol;

  const actions: Action[] = table.rows.map((row) => {
    const timescale = readTimescale(row, config);
    const ctx: RowContext = { table, row, timescale, config, asOf };
    // most rows have no issue: name the action only when a message needs it
    let label: string | undefined;
    const issues: Issue[] = [];
    const add = (
      code: Issue["code"],
      field: FieldName,
      params: Record<string, string | number> = {}
    ) =>
      issues.push(
        makeIssue(
          {
            code,
            sheet: table.sheet,
            row: row.row,
            col: colOf(field),
            action: (label ??= actionLabel(row.ref, row.actionText, row.row)),
            header: headerOf(field),
            params,
          },
          config
        )
      );

    for (const check of ROW_CHECKS)
      for (const f of check.run(ctx)) add(f.code, f.field, f.params ?? {});

    const statusText = row.cells.status?.text.trim() || null;
    const rating = rateAction(
      {
        status: statusIsProgress ? statusText : null,
        due: timescale.due,
        ongoing: timescale.ongoing,
      },
      config,
      asOf
    );
    if (rating.unknownStatus && statusText) add("unknown-status", "status", { status: statusText });
    if (rating.overdueDays !== null && timescale.due) {
      add("overdue", "due", { due: timescale.due, days: rating.overdueDays });
    }
    const first = repeats.get(row);
    if (first)
      add("duplicate-ref", table.columns.ref !== undefined ? "ref" : "action", {
        firstRow: first.row,
      });

    return {
      row: row.row,
      rows: [...row.rows],
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
      timescaleNotes: timescale.notes,
      status: statusText,
      rag: rating.rag,
      ragRule: rating.rule,
      ragReason: rating.reason,
      issues,
    };
  });

  const tableIssues = tableFindings(table).map((f) =>
    makeIssue(
      {
        code: f.code,
        sheet: table.sheet,
        row: table.headerRow,
        col: f.col,
        action: "",
        header: table.headers[f.col] ?? "",
        params: f.params,
      },
      config
    )
  );

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
    range: rangeA1(table.headerRow, table.firstCol, table.lastRow, table.lastCol),
    section: table.section,
    columns,
    headers,
    mapping: table.mapping.map((m) => ({
      field: m.field,
      column: columnLetter(m.col),
      header: m.header,
      reason: m.reason,
    })),
    statusIsProgress,
    actions,
    issues: tableIssues,
  };
}
