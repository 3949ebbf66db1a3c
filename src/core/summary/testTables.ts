// Synthetic checked tables for the summary and writer tests (not part of the public API).
import type { Action, Rating } from "../schema/action";
import type { Issue } from "../schema/issue";
import type { CheckedTable } from "../schema/report";

export interface ActionSpec {
  readonly row: number;
  readonly rag: Rating;
  readonly owner?: string | null;
  readonly due?: string | null;
  readonly ref?: string | null;
  readonly action?: string;
  readonly issues?: readonly Pick<Issue, "code" | "severity" | "column">[];
}

export function makeAction(sheet: string, spec: ActionSpec): Action {
  const text = spec.action ?? `Action in row ${spec.row}`;
  return {
    row: spec.row,
    rows: [spec.row],
    ref: spec.ref ?? null,
    action: text.slice(0, 60),
    actionText: text,
    owner: spec.owner === undefined ? "Jo Bloggs" : spec.owner,
    timescale: spec.due ?? null,
    start: null,
    due: spec.due === undefined ? null : spec.due,
    ongoing: false,
    cadence: null,
    precision: spec.due ? "day" : "none",
    timescaleNotes: [],
    status: null,
    rag: spec.rag,
    ragRule: "date-later",
    ragReason: `${spec.rag} because row ${spec.row}`,
    issues: (spec.issues ?? []).map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet,
      row: spec.row,
      column: i.column,
      cell: `${i.column}${spec.row}`,
      message: `${i.code} in ${sheet}!${i.column}${spec.row}`,
      fix: "Fix it.",
    })),
  };
}

export function makeTable(
  sheet: string,
  headerRow: number,
  section: string | null,
  actions: readonly ActionSpec[]
): CheckedTable {
  const last = actions.reduce((m, a) => Math.max(m, a.row), headerRow);
  return {
    sheet,
    key: `${sheet}!A${headerRow}`,
    headerRow,
    headerRows: 1,
    range: `A${headerRow}:E${last}`,
    section,
    columns: { action: "A", owner: "C", due: "D" },
    headers: { A: "Action", B: "Outcomes", C: "Lead", D: "Timescale", E: "Progress" },
    mapping: [],
    statusIsProgress: false,
    actions: actions.map((a) => makeAction(sheet, a)),
    issues: [],
  };
}
