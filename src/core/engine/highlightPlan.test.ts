import { columnIndex } from "../grid/a1";
import type { HighlightCell } from "../highlight";
import type { Issue, Severity } from "../schema/issue";
import type { WorkbookReport } from "../schema/report";
import { makeTable } from "../summary/testTables";
import {
  HIGHLIGHT_FILL,
  HIGHLIGHT_RANK,
  KIND_OF_CODE,
  type HighlightKind,
} from "../palette/palette";
import { highlightPlan } from "./highlightPlan";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The plan as the simplest code would make it: a text key per cell, first-flagged order. */
function reference(report: WorkbookReport): HighlightCell[] {
  const byCell = new Map<
    string,
    HighlightCell & { messages: string[]; severity: Severity; kind: HighlightKind; fill: string }
  >();
  const all = [
    ...report.tables.flatMap((t) => [...t.issues, ...t.actions.flatMap((a) => a.issues)]),
    ...report.issues,
  ];
  for (const i of all) {
    const col = columnIndex(i.column);
    if (!(col >= 1 && col <= 16_384 && Number.isInteger(i.row) && i.row >= 1)) continue;
    const key = `${i.sheet}\u0000${i.row}\u0000${col}`;
    const seen = byCell.get(key);
    if (!seen) {
      byCell.set(key, {
        sheet: i.sheet,
        row: i.row,
        col,
        address: i.cell,
        severity: i.severity,
        kind: KIND_OF_CODE[i.code],
        fill: HIGHLIGHT_FILL[KIND_OF_CODE[i.code]],
        messages: [i.message],
      });
    } else {
      seen.messages.push(i.message);
      if (RANK[i.severity] > RANK[seen.severity]) seen.severity = i.severity;
      const kind = KIND_OF_CODE[i.code];
      if (HIGHLIGHT_RANK[kind] > HIGHLIGHT_RANK[seen.kind]) {
        seen.kind = kind;
        seen.fill = HIGHLIGHT_FILL[kind];
      }
    }
  }
  return [...byCell.values()];
}

function issue(sheet: string, column: string, row: number, severity: Severity, n: number): Issue {
  return {
    code: "overdue",
    severity,
    sheet,
    row,
    column,
    cell: `${column}${row}`,
    message: `m${n}`,
    fix: "f",
  };
}

describe("highlightPlan", () => {
  it("one cell per flagged cell, most severe first seen, every message, in first-flagged order", () => {
    const t = makeTable("Plan", 1, null, [
      { row: 2, rag: "red", issues: [{ code: "overdue", severity: "warning", column: "D" }] },
      { row: 3, rag: "red", issues: [{ code: "missing-due", severity: "error", column: "D" }] },
    ]);
    const extra: Issue[] = [
      issue("Plan", "D", 2, "error", 1),
      issue("Other", "D", 2, "info", 2),
      issue("Plan", "d", 2, "info", 3),
      issue("Plan", "1", 2, "error", 4),
      issue("Plan", "D", 0, "error", 5),
      issue("Plan", "D", 2 ** 20 + 7, "warning", 6),
      issue("Plan", "XFD", 2 ** 20 + 7, "error", 7),
      issue("Plan", "D", 2 ** 20 + 7, "error", 8),
    ];
    const report: WorkbookReport = { file: "x", tables: [t], issues: extra };
    const plan = highlightPlan(report);
    expect(plan.cells).toEqual(reference(report));
    expect(plan.cells[0]).toMatchObject({ address: "D2", severity: "error", kind: "red" });
    // a missing timescale is "missing" whatever its severity: one meaning per colour
    expect(plan.cells[1]).toMatchObject({
      address: "D3",
      kind: "missing",
      fill: HIGHLIGHT_FILL.missing,
    });
    expect(plan.cells[0]?.messages).toHaveLength(3);
  });

  it("keys cells apart over many columns and sheets (beyond the small-key range)", () => {
    const issues: Issue[] = [];
    let n = 0;
    for (const sheet of ["A", "B"])
      for (let col = 1; col <= 1100; col += 7)
        for (const row of [1, 2, 2 ** 20 - 1, 2 ** 20, 3_000_000])
          issues.push(
            issue(sheet, columnLetter(col), row, n % 3 === 0 ? "error" : "warning", n++),
            issue(sheet, columnLetter(col), row, "info", n++)
          );
    const report: WorkbookReport = { file: "x", tables: [], issues };
    expect(highlightPlan(report).cells).toEqual(reference(report));
  });

  it("overdue (Red), open-ended and missing data never share a colour; an Amber action's due cell is highlighted", () => {
    const t = makeTable("Plan", 1, null, [
      { row: 2, rag: "red", issues: [{ code: "overdue", severity: "warning", column: "D" }] },
      { row: 3, rag: "green", issues: [{ code: "open-ended", severity: "warning", column: "D" }] },
      {
        row: 4,
        rag: "not-rated",
        issues: [{ code: "missing-due", severity: "error", column: "D" }],
      },
      { row: 5, rag: "amber", due: "2014-02-10" },
    ]);
    const plan = highlightPlan({
      file: "x",
      tables: [{ ...t, columns: { ...t.columns, due: "D" } }],
      issues: [],
    });
    expect(plan.cells.map((c) => [c.address, c.kind])).toEqual([
      ["D2", "red"],
      ["D3", "open-ended"],
      ["D4", "missing"],
      ["D5", "amber"],
    ]);
    expect(new Set(plan.cells.map((c) => c.fill)).size).toBe(4);
    expect(plan.cells[3]!.messages[0]).toMatch(/^Amber: /);
  });
});

function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
