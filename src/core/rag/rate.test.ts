import { DEFAULT_CONFIG } from "../schema/config";
import { isOverdue, rateAction, type RateInput } from "./rate";

const base: RateInput = { status: null, due: null, ongoing: false };
const cfg = DEFAULT_CONFIG;

describe("rateAction by date (no status)", () => {
  it.each([
    // [asOf, due, rag, rule, reason]
    [
      "2003-12-01",
      "2003-09-30",
      "red",
      "date-overdue",
      "Red: due 30/09/2003, 62 days before the report date 01/12/2003, not marked complete",
    ],
    [
      "2014-01-31",
      "2014-01-30",
      "red",
      "date-overdue",
      "Red: due 30/01/2014, 1 day before the report date 31/01/2014, not marked complete",
    ],
    [
      "2014-01-31",
      "2014-01-31",
      "amber",
      "date-amber-window",
      "Amber: due 31/01/2014, on the report date 31/01/2014 (within the 28-day amber window)",
    ],
    ["2014-01-31", "2014-02-28", "amber", "date-amber-window", null],
    [
      "2014-01-31",
      "2014-03-01",
      "green",
      "date-later",
      "Green: due 01/03/2014, 29 days after the report date 31/01/2014",
    ],
    // across the spring clock change and a leap day: pure UTC day counts
    ["2024-03-30", "2024-03-31", "amber", "date-amber-window", null],
    ["2024-03-01", "2024-02-28", "red", "date-overdue", null],
  ] as const)("as of %s, due %s → %s (%s)", (asOf, due, rag, rule, reason) => {
    const r = rateAction({ ...base, due }, cfg, asOf);
    expect(r.rag).toBe(rag);
    expect(r.rule).toBe(rule);
    if (reason) expect(r.reason).toBe(reason);
    expect(r.unknownStatus).toBe(false);
  });

  it("counts days across a leap day", () => {
    expect(rateAction({ ...base, due: "2024-02-28" }, cfg, "2024-03-01").reason).toContain(
      "2 days before"
    );
  });

  it.each([
    [0, "2014-02-01", "green"],
    [1, "2014-02-01", "amber"],
    [60, "2014-03-31", "amber"],
  ] as const)("amber window of %i days: due %s → %s", (amberDays, due, rag) => {
    expect(rateAction({ ...base, due }, { ...cfg, amberDays }, "2014-01-31").rag).toBe(rag);
  });

  it.each([
    ["month", "Red: due 30/09/2003 (the end of the month given), 31 days before"],
    ["academic-year", "(the end of the academic year given)"],
    ["day", "Red: due 30/09/2003, 31 days before"],
  ] as const)("explains a %s due date", (precision, text) => {
    expect(
      rateAction({ ...base, due: "2003-09-30", precision }, cfg, "2003-10-31").reason
    ).toContain(text);
  });

  it.each([
    [
      { ongoing: true },
      "green",
      "open-ended",
      "Green: open-ended (ongoing) with no due date to miss",
    ],
    [
      { ongoing: true, precision: "recurring", cadence: "termly" },
      "green",
      "open-ended",
      "Green: recurring (termly) with no due date to miss",
    ],
    [
      { ongoing: false },
      "not-rated",
      "no-due-date",
      "Not rated: no readable due date (missing data)",
    ],
  ] as const)("no due date %j → %s", (extra, rag, rule, reason) => {
    const r = rateAction({ ...base, ...extra }, cfg, "2014-01-31");
    expect([r.rag, r.rule, r.reason]).toEqual([rag, rule, reason]);
  });

  it("rates open-ended actions not-rated when configured", () => {
    const r = rateAction(
      { ...base, ongoing: true },
      { ...cfg, openEnded: "not-rated" },
      "2014-01-31"
    );
    expect([r.rag, r.rule, r.reason]).toEqual([
      "not-rated",
      "open-ended",
      "Not rated: open-ended (ongoing) with no due date",
    ]);
  });

  it("an ongoing action with a past fixed date is still rated by that date", () => {
    expect(rateAction({ ...base, due: "2002-07-31", ongoing: true }, cfg, "2003-01-31").rag).toBe(
      "red"
    );
  });
});

describe("rateAction from a status column", () => {
  it.each([
    ["Complete", "complete", "status-complete"],
    ["completed", "complete", "status-complete"],
    ["DONE", "complete", "status-complete"],
    ["Achieved", "complete", "status-complete"],
    ["closed", "complete", "status-complete"],
    ["Finished", "complete", "status-complete"],
    ["Delivered", "complete", "status-complete"],
    ["B", "complete", "status-complete"],
    ["Blue", "complete", "status-complete"],
    ["100%", "complete", "status-complete"],
    ["Completed - report to board", "complete", "status-complete"],
    ["R", "red", "status-red"],
    ["red", "red", "status-red"],
    ["Off track", "red", "status-red"],
    ["Delayed", "red", "status-red"],
    ["Behind schedule", "red", "status-red"],
    ["A", "amber", "status-amber"],
    ["Amber", "amber", "status-amber"],
    ["At risk", "amber", "status-amber"],
    ["G", "green", "status-green"],
    ["Green (on track)", "green", "status-green"],
    ["On track", "green", "status-green"],
    ["on-track", "green", "status-green"],
    ["Embedded", "complete", "status-complete"],
    ["Exceeded", "complete", "status-complete"],
    ["Slipped", "red", "status-red"],
    ["On hold", "amber", "status-amber"],
    ["Yes", "complete", "status-complete"],
    // the longest phrase wins: not "no" (dates decide)
    ["No concerns", "green", "status-green"],
  ] as const)("status %p → %s", (status, rag, rule) => {
    // The due date would make it amber: a status that names a rating wins.
    const r = rateAction({ ...base, status, due: "2014-02-10" }, cfg, "2014-01-31");
    expect([r.rag, r.rule, r.unknownStatus]).toEqual([rag, rule, false]);
  });

  it.each([
    ["Not started", "2014-03-31", "green", "date-later"],
    ["Grey", "2014-01-01", "red", "date-overdue"],
    ["0%", "2014-02-10", "amber", "date-amber-window"],
    ["In progress", "2014-01-01", "red", "date-overdue"],
    ["Ongoing", "2014-02-10", "amber", "date-amber-window"],
    ["Developing", "2014-03-31", "green", "date-later"],
    ["Partially embedded", "2014-01-01", "red", "date-overdue"],
    ["No", "2014-01-01", "red", "date-overdue"],
    ["50%", "2014-03-31", "green", "date-later"],
    ["12.5 %", "2014-03-31", "green", "date-later"],
  ] as const)("status %p leaves it to the date %s → %s", (status, due, rag, rule) => {
    const r = rateAction({ ...base, status, due }, cfg, "2014-01-31");
    expect([r.rag, r.rule, r.unknownStatus]).toEqual([rag, rule, false]);
    expect(r.reason).toContain(`status '${status}'`);
  });

  it("explains a red by date with an in-progress status", () => {
    expect(
      rateAction({ ...base, status: "In progress", due: "2014-01-01" }, cfg, "2014-01-31").reason
    ).toBe(
      "Red: due 01/01/2014, 30 days before the report date 31/01/2014, not marked complete (status 'In progress')"
    );
  });

  it.each(["See notes", "Xyz", "a plan"])("unknown status %p → flag and date rule", (status) => {
    const r = rateAction({ ...base, status, due: "2014-01-01" }, cfg, "2014-01-31");
    expect(r.unknownStatus).toBe(true);
    expect(r.rag).toBe("red");
    expect(r.reason).toContain("not recognised");
  });

  it("uses the configured complete label", () => {
    const r = rateAction(
      { ...base, status: "done" },
      { ...cfg, completeLabel: "Blue" },
      "2014-01-31"
    );
    expect(r.reason).toBe("Blue: status 'done'");
  });

  it("ignores a status column that does not record progress", () => {
    const r = rateAction(
      { ...base, status: "New", statusIsProgress: false, due: "2014-01-01" },
      cfg,
      "2014-01-31"
    );
    expect([r.rag, r.unknownStatus]).toEqual(["red", false]);
  });

  it("blank status is no status", () => {
    const r = rateAction({ ...base, status: "  ", due: "2014-05-01" }, cfg, "2014-01-31");
    expect([r.rag, r.unknownStatus]).toEqual(["green", false]);
  });
});

describe("overdue", () => {
  it.each([
    ["2014-01-30", "red", "2014-01-31", true, 1],
    ["2014-01-30", "green", "2014-01-31", true, 1],
    ["2014-01-30", "complete", "2014-01-31", false, null],
    ["2014-01-31", "amber", "2014-01-31", false, null],
    [null, "not-rated", "2014-01-31", false, null],
  ] as const)("due %s, %s, as of %s → %s", (due, rag, asOf, overdue, _days) => {
    expect(isOverdue(due, rag, asOf)).toBe(overdue);
  });

  it.each([
    ["R", "2014-01-01", 30],
    ["On track", "2014-01-21", 10],
    ["Complete", "2014-01-01", null],
    [null, "2013-12-31", 31],
    [null, "2014-02-01", null],
  ] as const)("rateAction(status %p, due %s).overdueDays = %p", (status, due, days) => {
    expect(rateAction({ ...base, status, due }, cfg, "2014-01-31").overdueDays).toBe(days);
  });
});

describe("rateAction: a due date whose year was guessed", () => {
  it("says so in the reason, with the period it names", () => {
    const r = rateAction(
      { ...base, due: "2012-09-30", precision: "month", yearGuessed: true },
      cfg,
      "2012-07-04"
    );
    expect(r.reason).toBe(
      "Green: due 30/09/2012 (the end of the month given; the year is not written: taken from the plan), 88 days after the report date 04/07/2012"
    );
  });
});
