import { buildSheet } from "../detect/testGrid";
import { checkWorkbook } from "../engine";
import { parseConfig } from "../schema";
import { planTidy, STANDARD_STATUS_WORDS } from "./plan";

const config = (() => {
  const c = parseConfig({ asOf: "2024-01-31" });
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

function tidy(rows: (string | null)[][]) {
  const grid = { sheets: [buildSheet({ name: "Plan", blocks: [{ at: "A1", rows }] })] };
  return planTidy(checkWorkbook(grid, config, "2024-01-31", "plan.xlsx"), grid);
}

const HEADER = ["Ref", "Action", "Lead", "Target date", "RAG status"];

describe("planTidy", () => {
  it("offers the plan's own status words, colour rules for the rated ones and a due-date prompt", () => {
    const [t] = tidy([
      HEADER,
      ["1", "Publish the local offer", "SEND manager", "31/03/2024", "On track"],
      ["2", "Review EHCP timeliness", "Head of SEND", "June 2024", "Off track"],
      ["3", "Train SENCOs", "EP service", "Spring term 2024", "on track"],
      ["4", "Launch the parent panel", "Participation lead", "2023", "Complete"],
      ["5", "Agree the sufficiency plan", "Commissioning", "March 2024", "Not started"],
    ]);
    expect(t).toMatchObject({
      statusRange: "E2:E6",
      statusList: { words: ["On track", "Off track", "Complete", "Not started"], source: "plan" },
      dueRange: "D2:D6",
      offerStatusColumn: null,
    });
    expect(t?.statusRules).toEqual([
      { text: "On track", meaning: "green" },
      { text: "Off track", meaning: "red" },
      { text: "Complete", meaning: "complete" },
    ]);
  });

  it("falls back to the standard words when the status column holds commentary, and offers a column when there is none", () => {
    const [withCommentary] = tidy([
      HEADER,
      [
        "1",
        "Publish the local offer",
        "SEND manager",
        "31/03/2024",
        "Draft shared with the parent carer forum in May; final due June",
      ],
      [
        "2",
        "Review EHCP timeliness",
        "Head of SEND",
        "June 2024",
        "Audit of 40 plans completed, report to board in July",
      ],
    ]);
    expect(withCommentary?.statusList?.source ?? "none").not.toBe("plan");
    const [none] = tidy([
      ["Ref", "Action", "Lead", "Target date"],
      ["1", "Publish the local offer", "SEND manager", "31/03/2024"],
    ]);
    expect(none?.statusList).toBeNull();
    expect(none?.offerStatusColumn).toEqual({ column: "E", header: "RAG status" });
  });

  it("does not offer a column where the sheet already has text beside the table", () => {
    const [t] = tidy([
      ["Ref", "Action", "Lead", "Target date", null],
      ["1", "Publish the local offer", "SEND manager", "31/03/2024", "see note"],
    ]);
    expect(t?.offerStatusColumn).toBeNull();
  });

  it("keeps the standard words within Excel's 255-character list limit", () => {
    expect(STANDARD_STATUS_WORDS.join(",").length).toBeLessThanOrEqual(255);
  });
});
