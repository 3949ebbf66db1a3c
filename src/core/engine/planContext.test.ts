import { buildSheet } from "../detect/testGrid";
import { DEFAULT_CONFIG, parseConfig, type Config } from "../schema/config";
import { checkWorkbook } from "./checkWorkbook";

type Rows = readonly (readonly string[])[];

function workbook(title: string, first: Rows, second: Rows) {
  return {
    sheets: [
      buildSheet({
        blocks: [
          { at: "A1", rows: [[title]] },
          { at: "A3", rows: [["Action", "Lead", "Timescale"], ...first] },
          { at: "A12", rows: [["Action", "Lead", "By when"], ...second] },
        ],
      }),
    ],
  };
}

function config(input: object): Config {
  const c = parseConfig(input);
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

const dues = (r: ReturnType<typeof checkWorkbook>) =>
  r.tables.flatMap((t) => t.actions.map((a) => [a.timescale, a.due]));

describe("checkWorkbook: the plan's context for its timescales", () => {
  it("gives a date without a year the year of the plan's dates, and says it guessed", () => {
    const report = checkWorkbook(
      workbook(
        "Board action tracker",
        [
          ["Refresh the risk register", "Director of Finance", "June"],
          ["Report to the board", "Chief Nurse", "30 Sept"],
        ],
        [["Agree the estates strategy", "Director of Estates", "17/07/2012"]]
      ),
      DEFAULT_CONFIG,
      "2012-07-04",
      "tracker.xlsx"
    );
    expect(dues(report)).toEqual([
      ["June", "2012-06-30"],
      ["30 Sept", "2012-09-30"],
      ["17/07/2012", "2012-07-17"],
    ]);
    const first = report.tables[0]?.actions[0];
    expect(first?.timescaleNotes.join(" ")).toContain("no year written");
    expect(first?.ragReason).toContain("the year is not written: taken from the plan");
    expect(report.tables[1]?.actions[0]?.ragReason).not.toContain("the year is not written");
    expect(first?.issues.map((i) => i.code)).toContain("overdue");
    expect(report.timescales?.years).toEqual([2012]);
  });

  it("takes the year from the title when no date names one", () => {
    const report = checkWorkbook(
      workbook(
        "Action plan 2019",
        [["Publish the strategy", "Head of Policy", "by 31 August"]],
        []
      ),
      DEFAULT_CONFIG,
      "2026-01-31",
      "plan.xlsx"
    );
    expect(dues(report)).toEqual([["by 31 August", "2019-08-31"]]);
  });

  it("reads a bare '2023/24' by the plan's evidence, even when the evidence comes later", () => {
    const first: Rows = [["Review the admissions policy", "Head of Admissions", "2023/24"]];
    const terms: Rows = [
      ["Train every SENCo", "SEND lead", "Spring term 2024"],
      ["Audit EHC plans", "SEND lead", "Summer term 2024"],
    ];
    const auto = checkWorkbook(
      workbook("SEND plan", first, terms),
      DEFAULT_CONFIG,
      "2024-01-31",
      "a.xlsx"
    );
    expect(auto.tables[0]?.actions[0]?.due).toBe("2024-08-31");
    expect(auto.timescales).toMatchObject({ calendar: "academic", calendarSource: "plan" });

    const quarters: Rows = [["Close the accounts", "Finance lead", "Q3 2023/24"]];
    const fin = checkWorkbook(
      workbook("Plan", first, quarters),
      DEFAULT_CONFIG,
      "2024-01-31",
      "b.xlsx"
    );
    expect(fin.tables[0]?.actions[0]?.due).toBe("2024-03-31");
    expect(fin.timescales).toMatchObject({ calendar: "financial", calendarSource: "plan" });

    const set = checkWorkbook(
      workbook("SEND plan", first, terms),
      config({ bareYearRange: "financial" }),
      "2024-01-31",
      "c.xlsx"
    );
    expect(set.tables[0]?.actions[0]?.due).toBe("2024-03-31");
    expect(set.timescales).toMatchObject({ calendar: "financial", calendarSource: "setting" });
  });

  it("with no evidence, reads a slash as a financial year and a hyphen as an academic one", () => {
    const report = checkWorkbook(
      workbook(
        "Plan",
        [
          ["Do one thing", "Lead", "2023/24"],
          ["Do another", "Lead", "2009-10"],
        ],
        []
      ),
      DEFAULT_CONFIG,
      "2024-01-31",
      "d.xlsx"
    );
    expect(dues(report)).toEqual([
      ["2023/24", "2024-03-31"],
      ["2009-10", "2010-08-31"],
    ]);
    expect(report.timescales).toMatchObject({
      calendar: "by-punctuation",
      calendarSource: "default",
    });
  });
});
