import { buildSheet } from "../detect/testGrid";
import { checkWorkbook } from "../engine/checkWorkbook";
import { DEFAULT_CONFIG } from "../schema/config";
import { memosForCheck } from "./checkMemos";

// Memos kept from one check to the next change the cost only: a check reports what a check with fresh
// memos (a configuration object of its own) reports, whatever was checked before.
const sheet = buildSheet({
  blocks: [
    {
      at: "A1",
      rows: [
        ["Ref", "Action", "Lead officer", "Target date", "Status"],
        ["1.1", "Audit every open plan", "Head of Service", "Mar 2024", "On track"],
        ["1.2", "Train caseworkers", "", "Ongoing", "Delayed"],
        ["1.3", "Agree a joint budget", "TBC", "Sept 2023", "Not started"],
      ],
    },
  ],
});
const grid = { sheets: [sheet] };
const check = (config: typeof DEFAULT_CONFIG, asOf: string) =>
  JSON.stringify(checkWorkbook(grid, config, asOf, "plan.xlsx"));

describe("memosForCheck", () => {
  it("keeps the memos while the configuration and the report date stay the same", () => {
    const a = memosForCheck(DEFAULT_CONFIG, "2024-01-31");
    expect(memosForCheck(DEFAULT_CONFIG, "2024-01-31")).toBe(a);
    const b = memosForCheck(DEFAULT_CONFIG, "2023-06-30");
    expect(b.ratings).not.toBe(a.ratings);
    expect(memosForCheck({ ...DEFAULT_CONFIG }, "2023-06-30").ratings).not.toBe(b.ratings);
  });

  it("rates for the report date and configuration asked, whatever was checked before", () => {
    for (const asOf of ["2023-01-31", "2024-01-31", "2025-01-31"]) {
      // checked earlier at other dates with the same configuration object, then again
      check(DEFAULT_CONFIG, "2030-01-01");
      const again = check(DEFAULT_CONFIG, asOf);
      expect(check(DEFAULT_CONFIG, asOf)).toBe(again);
      expect(again).toBe(check({ ...DEFAULT_CONFIG }, asOf));
    }
    // the dates do change the ratings: the comparison above can fail
    expect(check(DEFAULT_CONFIG, "2023-01-31")).not.toBe(check(DEFAULT_CONFIG, "2025-01-31"));
  });
});
