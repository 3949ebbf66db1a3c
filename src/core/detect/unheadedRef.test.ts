import { detectTables } from "./detect";
import { buildSheet } from "./testGrid";

// A tracker that numbers its items in a first column it leaves unheaded (a select-committee tracker's
// "SC18"), and the shapes that must not take that column as the reference.

const header = ["", "Recommendation", "Responsible officer", "Target date"];
const recs = [
  "That the council publishes a housing delivery update every quarter",
  "That the waiting list criteria are reviewed with the voluntary sector",
  "That a member briefing on the budget is held before February",
];

function tableOf(firsts: readonly string[]) {
  const rows = recs.map((r, i) => [firsts[i] ?? "", r, "Head of Housing", "March 2025"]);
  const [t] = detectTables(buildSheet({ blocks: [{ at: "A1", rows: [header, ...rows] }] }));
  return t;
}

describe("detectTables: an unheaded first column of codes", () => {
  it("reads short codes under an empty header cell as the reference", () => {
    const t = tableOf(["SC18", "SC19", "SC20"]);
    expect(t?.columns.ref).toBe(1);
    expect(t?.rows.map((r) => r.ref)).toEqual(["SC18", "SC19", "SC20"]);
  });

  it("leaves a first column of words unmapped", () => {
    expect(tableOf(["Housing", "Housing", "Finance"])?.columns.ref).toBeUndefined();
  });

  it("leaves it unmapped when a header already names the reference", () => {
    const rows = recs.map((r, i) => [`SC${i}`, `${i + 1}`, r, "Head of Housing", "March 2025"]);
    const [t] = detectTables(
      buildSheet({ blocks: [{ at: "A1", rows: [["", "No.", ...header.slice(1)], ...rows] }] })
    );
    expect(t?.columns.ref).toBe(2);
  });
});
