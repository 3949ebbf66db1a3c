import { fullSectionIfShortened, tableTitle } from "./paneState";
import { planTable } from "./testing/report";

const LONG =
  "Activity 4.6  Developing emotional intelligence, PSHE and citizenship to promote racial harmony.";

describe("table titles in a 350 px pane", () => {
  it("keeps a short section whole and does not repeat it", () => {
    const t = planTable({ section: "Priority 1: Children in care", sheet: "Plan" });
    expect(tableTitle(t)).toBe("Priority 1: Children in care (Plan)");
    expect(fullSectionIfShortened(t)).toBeNull();
  });

  it("shortens a paragraph-long section at a word and gives it in full once, without a doubled stop", () => {
    const t = planTable({ section: LONG, sheet: "Priority 4" });
    expect(tableTitle(t)).toBe(
      "Activity 4.6 Developing emotional intelligence, PSHE and citizenship… (Priority 4)"
    );
    expect(fullSectionIfShortened(t)).toBe(
      "Activity 4.6 Developing emotional intelligence, PSHE and citizenship to promote racial harmony"
    );
  });

  it("names the sheet and range when there is no section", () => {
    expect(tableTitle(planTable({ section: null, sheet: "Plan", range: "A4:E8" }))).toBe(
      "Plan A4:E8"
    );
  });
});
