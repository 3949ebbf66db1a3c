import type { CheckedTable } from "../schema/report";
import { countActions } from "./ratingCounts";
import { buildSummary } from "./summary";
import { makeTable } from "./testTables";

// countActions answers a second count of the same list of tables from memory (the engine counts a
// report's tables, then its summary counts them again): the answer must be the one a fresh count gives.

const first = makeTable("Plan", 5, "Housing", [
  { row: 6, rag: "red", owner: "Jo Bloggs" },
  { row: 7, rag: "green", owner: null, due: "2014-03-31" },
]);
const second = makeTable("Plan", 12, "Schools", [{ row: 13, rag: "amber", owner: "Sam Patel" }]);

describe("countActions", () => {
  it("gives the same counts when asked again for the same tables, as the summary does", () => {
    const tables = [first, second];
    const once = countActions(tables);
    expect(countActions(tables)).toEqual(once);
    expect(buildSummary(tables, "2014-01-31").overall).toEqual(once.overall);
    expect(once.overall).toMatchObject({ red: 1, green: 1, amber: 1, total: 3 });
  });

  it("counts a list afresh when tables were added to it since", () => {
    const tables: CheckedTable[] = [first];
    expect(countActions(tables).actions).toBe(2);
    tables.push(second);
    const grown = countActions(tables);
    expect(grown.actions).toBe(3);
    expect(grown.bySection.map((r) => r.label)).toEqual(["Housing", "Schools"]);
    expect(grown).toEqual(countActions([first, second]));
  });

  it("counts a re-checked table's new ratings and owners beside the tables it kept", () => {
    const edited: CheckedTable = {
      ...second,
      actions: [
        {
          ...(second.actions[0] as CheckedTable["actions"][number]),
          rag: "red",
          owner: "Jo Bloggs; Ann Lee",
        },
      ],
    };
    countActions([first, second]);
    const again = countActions([first, edited]);
    expect(again.overall).toMatchObject({ red: 2, green: 1, amber: 0, total: 3 });
    expect(again.byOwner.map((r) => [r.label, r.counts.red, r.counts.total])).toEqual([
      ["Ann Lee", 1, 1],
      ["Jo Bloggs", 2, 2],
      ["(no owner)", 0, 1],
    ]);
    expect(again.bySection.map((r) => [r.label, r.counts.red])).toEqual([
      ["Housing", 1],
      ["Schools", 1],
    ]);
    // the same as counting copies no count has seen
    expect(again).toEqual(countActions([{ ...first }, { ...edited }]));
  });
});
