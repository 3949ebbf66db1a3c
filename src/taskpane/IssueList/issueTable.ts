import type { SheetModel } from "../../core/summary/sheetModel";
import { ISSUE_CODE_LABEL } from "../IssueFilter/issueCodeLabels";
import type { IssueEntry } from "../issueView";

const SEVERITY_WORD = { error: "Error", warning: "Warning", info: "Tip" } as const;

const HEADERS = [
  "Severity",
  "Sheet",
  "Cell",
  "Where",
  "Ref",
  "Action",
  "Owner",
  "Kind",
  "Issue",
  "Fix",
] as const;

function rowOf(e: IssueEntry): string[] {
  const { issue, action } = e;
  return [
    SEVERITY_WORD[issue.severity],
    issue.sheet,
    issue.cell,
    e.where,
    action?.ref ?? "",
    action?.actionText ?? "",
    action?.owner ?? "",
    ISSUE_CODE_LABEL[issue.code],
    issue.message,
    issue.fix,
  ];
}

/** A cell for tab-separated text: tabs and line breaks would start a new cell or row when pasted. */
function tsvCell(s: string): string {
  return s.replace(/[\t\r\n]+/g, " ").trim();
}

function htmlCell(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The issues as a table for the clipboard: tab-separated text (Excel and Word paste it as a table) and
 * the same table in HTML for editors that prefer it. One row per issue, with a header row.
 */
export function issuesAsTable(entries: readonly IssueEntry[]): { text: string; html: string } {
  const rows = [[...HEADERS], ...entries.map(rowOf)];
  const text = rows.map((r) => r.map(tsvCell).join("\t")).join("\r\n");
  const head = `<tr>${HEADERS.map((h) => `<th>${h}</th>`).join("")}</tr>`;
  const body = entries
    .map(
      (e) =>
        `<tr>${rowOf(e)
          .map((c) => `<td>${htmlCell(c)}</td>`)
          .join("")}</tr>`
    )
    .join("");
  return { text, html: `<table><thead>${head}</thead><tbody>${body}</tbody></table>` };
}

/** The sheet "Export to a sheet" writes: the tool's own, so a later check never reads it as a plan. */
export const ISSUE_SHEET_NAME = "Issue List";

const WIDTHS = [10, 14, 8, 28, 8, 50, 26, 20, 60, 50];

/**
 * The issues as a sheet the add-in owns: a title line, then an Excel table with one row per issue, each
 * cell address a link to the flagged cell. Text is written as text, never evaluated.
 */
export function issuesAsSheet(entries: readonly IssueEntry[], asOf: string): SheetModel {
  return {
    name: ISSUE_SHEET_NAME,
    columnWidths: WIDTHS,
    cells: [
      {
        row: 1,
        col: 1,
        cell: { value: `Issues found by Action Plan Checker as at ${asOf}`, intent: "title" },
      },
    ],
    tables: [
      {
        name: "APC_Issues",
        top: 3,
        left: 1,
        columns: [...HEADERS],
        rows: entries.map((e) =>
          rowOf(e).map((value, i) =>
            i === 2 ? { value, link: { sheet: e.issue.sheet, address: e.issue.cell } } : { value }
          )
        ),
      },
    ],
    charts: [],
    wrapColumns: [4, 6, 9, 10],
  };
}
