import { comparePlans, type ComparableAction } from "../../core/compare";
import {
  actionAddresses,
  changeCounts,
  changeGroups,
  changeHeadline,
  sinceWhat,
} from "./changeView";
import { action, planTable } from "../testing/report";
import type { WorkbookReport } from "../../core/schema";

function comparable(row: number, partial: Partial<ComparableAction> = {}): ComparableAction {
  return {
    sheet: "Plan",
    row,
    section: null,
    ref: `${row - 4}`,
    action: `Action number ${row - 4} of the improvement plan for children's services`,
    owner: "Head of Service",
    due: "2030-03-31",
    rating: "green",
    status: "On track",
    update: null,
    slips: 0,
    ...partial,
  };
}

const at = (a: ComparableAction) => `B${a.row}`;

describe("the change list", () => {
  const before = [
    comparable(5),
    comparable(6, { rating: "green" }),
    comparable(7, { owner: "Fostering manager", update: "Recruitment campaign launched." }),
    comparable(8, { action: "Close the old respite unit and move the service" }),
  ];
  const after = [
    comparable(5, { due: "2030-06-30", rating: "amber" }),
    comparable(6, { rating: "complete" }),
    comparable(7, { update: "Recruitment campaign launched." }),
    comparable(9, { ref: "9", action: "Open a new family hub in the north of the borough" }),
  ];
  const c = comparePlans(before, after);

  it("groups an action under each kind of change, delay first, then added and removed", () => {
    const groups = changeGroups(c, at);
    expect(groups.map((g) => [g.title, g.entries.length])).toEqual([
      ["Slipped", 1],
      ["Worse", 1],
      ["Better", 1],
      ["Owner changed", 1],
      ["Update unchanged", 1],
      ["Added", 1],
      ["Removed", 1],
    ]);
    const [slipped] = groups;
    expect(slipped?.entries[0]).toMatchObject({
      label: "1 Action number 1 of the improvement plan for children's services",
      detail: "slipped 91 days: 31/03/2030 → 30/06/2030",
      target: { sheet: "Plan", address: "B5" },
    });
    // a removed action is no longer in the workbook: nothing to go to
    expect(groups.at(-1)?.entries[0]).toMatchObject({
      target: null,
      detail: "was at 'Plan' row 8",
    });
  });

  it("counts the seven kinds, zeros included, in en-GB words", () => {
    expect(changeCounts(c).map((n) => n.text)).toEqual([
      "1 slipped",
      "1 worse",
      "1 better",
      "1 owner changed",
      "1 update unchanged",
      "1 added",
      "1 removed",
    ]);
    expect(changeHeadline({ kind: "snapshot", asOf: "2029-12-31" }, c)).toBe(
      "Since last report (31/12/2029): 1 slipped, 1 worse, 1 better, 1 owner changed, 1 update unchanged, 1 added, 1 removed."
    );
  });

  it("always says the slip count, and leaves out the other zeros", () => {
    const same = comparePlans([comparable(5)], [comparable(5)]);
    expect(changeHeadline({ kind: "file", name: "Q1.xlsx" }, same)).toBe(
      "Since Q1.xlsx: 0 slipped."
    );
    expect(sinceWhat({ kind: "file", name: "Q1.xlsx" })).toBe("Since Q1.xlsx");
  });

  it("says when a pair was matched only by its wording, and how sure", () => {
    const old = [
      comparable(5, { ref: null, action: "Review the school transport policy with parents" }),
    ];
    const now = [
      comparable(5, {
        ref: null,
        action: "Review home to school transport arrangements with parents and carers",
        due: "2030-04-30",
      }),
    ];
    const [group] = changeGroups(comparePlans(old, now), at);
    expect(group?.entries[0]?.detail).toMatch(
      /^slipped 30 days: .* \(matched by its wording, \d+% sure\)$/
    );
  });
});

describe("the cell a changed action links to", () => {
  it("is the action column of its table, column A when the action is not in the report", () => {
    const report: WorkbookReport = {
      file: "plan.xlsx",
      issues: [],
      tables: [planTable({ actions: [action({ row: 6 })] })],
    };
    const addressOf = actionAddresses(report);
    expect(addressOf(comparable(6))).toBe("B6");
    expect(addressOf(comparable(40))).toBe("A40");
  });
});
