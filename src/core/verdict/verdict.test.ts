import { checkWorkbook } from "../engine";
import { DEFAULT_CONFIG, parseConfig } from "../schema/config";
import { buildSheet } from "../detect/testGrid";
import { allOverduePlan, ALL_OVERDUE_AS_OF } from "./allOverdue";
import { verdictSentence } from "./verdict";
import { addDays } from "./days";

const check = (grid = allOverduePlan(), config = DEFAULT_CONFIG) =>
  checkWorkbook(grid, config, ALL_OVERDUE_AS_OF, "plan.xlsx");

describe("verdict", () => {
  it("an all-overdue plan with no update is not ready: 3 Red actions have no update, each listed", () => {
    const report = check();
    const overdue = report.tables[0]!.actions.map((a) =>
      a.issues.find((i) => i.code === "overdue")
    );
    expect(overdue.every(Boolean)).toBe(true);
    expect(report.tables[0]!.actions.map((a) => a.rag)).toEqual(["red", "red", "red"]);
    expect(report.verdict?.ready).toBe(false);
    expect(verdictSentence(report.verdict!)).toBe("Not ready: 3 Red actions have no update");
    expect(report.verdict!.reasons[0]!.actions.map((a) => `${a.sheet}!${a.cell} ${a.ref}`)).toEqual(
      ["Plan!B4 1.1", "Plan!B5 1.2", "Plan!B6 1.3"]
    );
    expect(report.verdict!.reasons[0]!.actions[0]!.action).toBe("Review the SEN transport policy");
  });

  it("a Red action with a current update no longer blocks; an undated update is current", () => {
    const report = check(
      allOverduePlan(["Consultation closes 14/01/2014", "On hold", "Training booked"])
    );
    expect(report.verdict).toEqual({ ready: true, reasons: [] });
    expect(report.tables[0]!.actions[1]!.update).toBe("On hold");
  });

  it("an update whose latest date is before the reporting period is stale, and says since when", () => {
    const report = check(
      allOverduePlan(["Draft sent March 2012", null, "Booked for January 2014"])
    );
    expect(report.verdict!.reasons.map((r) => r.text)).toEqual([
      "1 Red action has no update",
      `1 Red action has no update since ${addDays(ALL_OVERDUE_AS_OF, -92).split("-").reverse().join("/")}`,
    ]);
    expect(report.verdict!.reasons[1]!.actions.map((a) => a.ref)).toEqual(["1.1"]);
  });

  it("the reporting period and the rule itself are configurable", () => {
    const anyDate = parseConfig({ updatePeriodDays: 0 });
    const off = parseConfig({ redNeedsUpdate: false });
    if (!anyDate.ok || !off.ok) throw new Error("config");
    expect(
      check(allOverduePlan(["Draft sent March 2012", "x", "y"]), anyDate.value).verdict!.ready
    ).toBe(true);
    expect(check(allOverduePlan(), off.value).verdict!.ready).toBe(true);
    expect(parseConfig({ updatePeriodDays: -1 }).ok).toBe(false);
  });

  it("missing owners and unreadable dates are reasons, counted per action, with verbs that agree", () => {
    const grid = {
      sheets: [
        buildSheet({
          name: "S",
          blocks: [
            {
              at: "A1",
              rows: [
                ["Action", "Lead", "Timescale"],
                ["Write the plan", "", "Sept 2030"],
                ["Share the plan", "", "Oct 2030"],
                ["Review the plan", "Head of Service", ""],
              ],
            },
          ],
        }),
      ],
    };
    const v = check(grid).verdict!;
    expect(v.reasons.map((r) => r.text)).toEqual([
      "2 actions have no owner",
      "1 action has no timescale",
    ]);
    expect(v.reasons[0]!.actions.map((a) => a.cell)).toEqual(["A2", "A3"]);
  });

  it("a severity turned down by the configuration no longer blocks", () => {
    const config = parseConfig({ severity: { "missing-owner": "warning" }, redNeedsUpdate: false });
    if (!config.ok) throw new Error(config.error);
    const grid = allOverduePlan();
    const sheet = grid.sheets[0]!;
    const values = sheet.values.map((r) => [...r]);
    values[3]![2] = null;
    const text = sheet.text.map((r) => [...r]);
    text[3]![2] = "";
    const v = check({ sheets: [{ ...sheet, values, text }] }, config.value).verdict!;
    expect(v.ready).toBe(true);
  });

  it("the JSON summary holds the counts overall, by section and by owner", () => {
    const s = check().summary!;
    expect(s.overall).toEqual({ red: 3, amber: 0, green: 0, complete: 0, notRated: 0, total: 3 });
    expect(s.byOwner.map((o) => o.owner)).toEqual([
      "Group Manager SEN",
      "Head of SEN",
      "Principal Educational Psychologist",
    ]);
    expect(s.bySection[0]).toMatchObject({ red: 3, total: 3 });
  });
});
