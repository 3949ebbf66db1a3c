import { buildSheet } from "../detect/testGrid";
import { DEFAULT_CONFIG } from "../schema/config";
import { checkWorkbook } from "./checkWorkbook";

const essay =
  "The working group met in May and agreed its terms of reference. A draft policy has gone to legal " +
  "services for comment and will be taken to the June board, subject to the outcome of the consultation " +
  "with schools, parents and the voluntary sector, which closes at the end of the month. ".repeat(
    4
  );

const ACTIONS = [
  "Review the admissions policy with schools",
  "Train every SENCo in the new assessment framework",
  "Audit a sample of EHC plans each term",
  "Publish the local offer in plain English",
];

function check(statuses: readonly string[]) {
  const sheet = buildSheet({
    blocks: [
      {
        at: "A1",
        rows: [
          ["Action", "Lead", "Timescale", "Status"],
          ...statuses.map((s, i) => [ACTIONS[i % ACTIONS.length], "Head of SEND", "March 2024", s]),
        ],
      },
    ],
  });
  return checkWorkbook({ sheets: [sheet] }, DEFAULT_CONFIG, "2024-01-31", "plan.xlsx");
}

describe("a status column of sentences", () => {
  const report = check([essay, "Verbal update to be given at the next meeting", "Completed"]);
  const table = report.tables[0];
  const issues = [...(table?.issues ?? []), ...(table?.actions.flatMap((a) => a.issues) ?? [])];

  it("is said once, for the table, never as an unknown status on each row", () => {
    expect(issues.filter((i) => i.code === "unknown-status")).toEqual([]);
    const notes = issues.filter((i) => i.code === "status-commentary");
    expect(notes.map((i) => [i.cell, i.severity])).toEqual([["D1", "info"]]);
    expect(notes[0]?.message).toContain('"Status"');
  });

  it("rates the sentences from the dates, and a status word still decides", () => {
    expect(table?.actions.map((a) => [a.rag, a.ragRule])).toEqual([
      ["green", "date-later"],
      ["green", "date-later"],
      ["complete", "status-complete"],
    ]);
    for (const a of table?.actions ?? []) expect(a.ragReason.length).toBeLessThan(200);
  });
});

describe("a status column of status words", () => {
  it("still flags a word it does not know, quoting at most 60 characters", () => {
    const long = `Frobnicated ${"x".repeat(100)}`;
    const report = check(["Green", "Frobnicated", "Red", long.replace(/ /g, "")]);
    const unknown = report.tables[0]?.actions.flatMap((a) =>
      a.issues.filter((i) => i.code === "unknown-status")
    );
    expect(unknown?.map((i) => i.row)).toEqual([3, 5]);
    for (const i of unknown ?? []) expect(i.message).not.toContain("x".repeat(60));
  });
});

describe("a status column holding Open / Closed", () => {
  it("rates a closed action complete and an open one from its dates, with no unknown status", () => {
    const report = check(["Open", "Closed", "O", "C"]);
    const actions = report.tables[0]?.actions ?? [];
    expect(actions.map((a) => a.rag)).toEqual(["green", "complete", "green", "complete"]);
    expect(actions.flatMap((a) => a.issues.map((i) => i.code))).not.toContain("unknown-status");
  });
});
