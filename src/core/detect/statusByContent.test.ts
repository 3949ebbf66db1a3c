import { detectTables } from "./detect";
import { buildSheet } from "./testGrid";

// A tracker's status column under another name ("Outcome" holding "Actioned", "Pending"): what the cells
// hold decides, when no header names the status; and the shapes that must keep their header's reading.

const actions = [
  "That the council publishes a housing delivery update every quarter",
  "That the waiting list criteria are reviewed with the voluntary sector",
  "That a member briefing on the budget is held before February",
  "That the estates strategy is brought to the next meeting",
];

function tableOf(header: readonly string[], last: readonly string[]) {
  const rows = actions.map((a, i) => [a, "Head of Housing", "March 2025", last[i] ?? ""]);
  const [t] = detectTables(buildSheet({ blocks: [{ at: "A1", rows: [header, ...rows] }] }));
  return t;
}

describe("detectTables: a status column known by its cells", () => {
  it("reads an 'Outcome' column of status words as the status, and says why", () => {
    const t = tableOf(
      ["Action", "Lead", "Target date", "Outcome"],
      ["Actioned.", "Pending", "Dependant upon budget.", "Pending"]
    );
    expect(t?.columns.status).toBe(4);
    expect(t?.columns.outcome).toBeUndefined();
    const note = t?.mapping.find((m) => m.field === "status");
    expect(note?.reason).toBe("inferred");
    expect(note?.detail).toMatch(/status words/);
  });

  it("keeps an outcome column of sentences as the outcome", () => {
    const t = tableOf(
      ["Action", "Lead", "Target date", "Outcome"],
      [
        "More families housed within six weeks",
        "Fewer complaints about the list",
        "Pending the review, members better informed",
        "A strategy the board can approve",
      ]
    );
    expect(t?.columns.outcome).toBe(4);
    expect(t?.columns.status).toBeUndefined();
  });

  it("leaves a yes/no column alone: a tick is no rating by itself", () => {
    const t = tableOf(["Action", "Lead", "Target date", "Comments"], ["Yes", "No", "No", "Yes"]);
    expect(t?.columns.status).toBeUndefined();
  });

  it("does not overrule a column that names the status", () => {
    const rows = actions.map((a) => [a, "Head of Housing", "March 2025", "Pending", "Green"]);
    const header = ["Action", "Lead", "Target date", "Outcome", "RAG"];
    const [t] = detectTables(buildSheet({ blocks: [{ at: "A1", rows: [header, ...rows] }] }));
    expect(t?.columns.status).toBe(5);
    expect(t?.columns.outcome).toBe(4);
  });
});
