import type { Action, CheckedTable, Issue, WorkbookReport } from "../../core/schema";

/** A small issue; message and fix as the core would word them. */
export function issue(partial: Partial<Issue> & Pick<Issue, "code" | "cell">): Issue {
  const row = Number(partial.cell.replace(/^[A-Z]+/, ""));
  const column = partial.cell.replace(/\d+$/, "");
  return {
    severity: "error",
    sheet: "Plan",
    row,
    column,
    message: `Issue ${partial.code} at ${partial.cell}.`,
    fix: `Fix ${partial.code}.`,
    ...partial,
  };
}

/** As the engine makes them: `action` is the first 60 characters of `actionText` unless a test says otherwise. */
export function action(partial: Partial<Action> & Pick<Action, "row">): Action {
  const text = partial.actionText ?? partial.action ?? `Action in row ${partial.row}`;
  return {
    rows: [partial.row],
    ref: String(partial.row - 4),
    action: text.slice(0, 60),
    actionText: text,
    owner: "Head of Service",
    timescale: "March 2026",
    start: null,
    due: "2026-03-31",
    ongoing: false,
    cadence: null,
    precision: "month",
    timescaleNotes: [],
    status: null,
    rag: "green",
    ragRule: "date-later",
    ragReason: "Due 31/03/2026, more than 28 days after the report date.",
    issues: [],
    ...partial,
  };
}

/**
 * The "Plan" sheet's table: ref A, action B, owner C, due D, a spare "Notes" column E. Its issues sit on
 * its actions (rows 6, 7 and 8), as the engine puts them; the table itself has none.
 */
export function planTable(overrides: Partial<CheckedTable> = {}): CheckedTable {
  const [missingOwner, overdue, unparsed] = [
    issue({
      code: "missing-owner",
      cell: "C6",
      message: "Action 2 'Recruit foster carers' has no owner.",
      fix: "Name the person or team who leads it in the Lead officer column.",
    }),
    issue({
      code: "overdue",
      severity: "warning",
      cell: "D7",
      message:
        "Action 3 'Publish the strategy' was due 31/01/2026, 30 days before the report date.",
      fix: "Update its status or progress, mark it complete, or agree a new date.",
    }),
    issue({
      code: "unparsed-date",
      cell: "D8",
      message: "Action 4 'Review placements' has a timescale that names no date: \"asap\".",
      fix: 'Write a date a reader can check, e.g. "By 30/09/2026".',
    }),
  ] as const;
  return {
    sheet: "Plan",
    key: "Plan!A4",
    headerRow: 4,
    headerRows: 1,
    range: "A4:E8",
    section: "Priority 1: Children in care",
    columns: { ref: "A", action: "B", owner: "C", due: "D" },
    headers: { A: "Ref", B: "Action", C: "Lead officer", D: "By when", E: "Notes" },
    mapping: [
      { field: "ref", column: "A", header: "Ref", reason: "synonym" },
      { field: "action", column: "B", header: "Action", reason: "synonym" },
      { field: "owner", column: "C", header: "Lead officer", reason: "synonym" },
      { field: "due", column: "D", header: "By when", reason: "synonym" },
    ],
    statusIsProgress: true,
    actions: [
      action({
        row: 5,
        rag: "complete",
        ragRule: "status-complete",
        ragReason: "Status says complete.",
      }),
      action({ row: 6, owner: null, rag: "green", issues: [missingOwner] }),
      action({
        row: 7,
        rag: "red",
        ragRule: "date-overdue",
        ragReason: "Due 31/01/2026, 30 days before the report date.",
        action: "Publish the strategy",
        update: "Draft with the board",
        issues: [overdue],
      }),
      action({
        row: 8,
        rag: "not-rated",
        ragRule: "no-due-date",
        ragReason: "No date could be read from the timescale.",
        issues: [unparsed],
      }),
    ],
    issues: [],
    ...overrides,
  };
}

/** A second, clean table on another sheet. */
export function cleanTable(): CheckedTable {
  return {
    ...planTable(),
    sheet: "Year 2",
    key: "'Year 2'!A1",
    headerRow: 1,
    range: "A1:D3",
    section: null,
    actions: [
      action({
        row: 2,
        rag: "amber",
        ragRule: "date-amber-window",
        ragReason: "Due within 28 days.",
      }),
    ],
    issues: [],
  };
}

/** Two tables; 2 errors and 1 warning in the first. */
export function reportWithErrors(): WorkbookReport {
  return { file: "plan.xlsx", tables: [planTable(), cleanTable()], issues: [] };
}

/** Every issue fixed except a warning. */
export function readyReport(): WorkbookReport {
  const table = planTable();
  const actions = table.actions.map((a) => ({
    ...a,
    issues: a.issues.filter((i) => i.severity === "warning"),
  }));
  return { file: "plan.xlsx", tables: [{ ...table, actions }], issues: [] };
}

/** A table the engine could not check fully: no owner column (a table-level issue). */
export function tableWithoutOwnerColumn(): CheckedTable {
  const table = planTable();
  return {
    ...table,
    columns: { ref: "A", action: "B", due: "D" },
    actions: table.actions.map((a) => ({ ...a, issues: [] })),
    issues: [
      issue({
        code: "no-owner-column",
        cell: "A4",
        message: "This table has no owner column (Lead, Responsible person, Owner…).",
        fix: "Add an owner column, or map an existing column to Owner in the task pane.",
      }),
    ],
  };
}
