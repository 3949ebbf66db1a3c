import { effectLine, sharedColumns, tableCounts } from "./mappingEffect";
import { planTable } from "./testing/report";

describe("effectLine", () => {
  it("says each count the correction moved, and only those", () => {
    const before = tableCounts(planTable());
    const table = planTable();
    const after = tableCounts({
      ...table,
      actions: table.actions.map((a) => ({ ...a, issues: [], rag: "red" as const })),
    });
    expect(before).toEqual({ actions: 4, issues: { error: 2, warning: 1, info: 0 }, red: 1 });
    expect(effectLine(before, after)).toBe(
      "Your change: 2 errors → 0, 1 warning → 0, 1 Red action → 4."
    );
  });

  it("says so when nothing moved", () => {
    const c = tableCounts(planTable());
    expect(effectLine(c, c)).toBe("Your change left this table's counts as they were.");
  });
});

describe("sharedColumns", () => {
  it("names the fields that read one column", () => {
    expect(sharedColumns({ action: "B", owner: "B", due: "D", status: "B" })).toEqual([
      { column: "B", fields: ["Action", "Owner", "Status"] },
    ]);
    expect(sharedColumns(planTable().columns)).toEqual([]);
  });
});
