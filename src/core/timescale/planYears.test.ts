import { parseTimescale, type TimescaleOptions } from "./parse";
import { calendarEvidence, inferYear, yearsIn, type PlanYears } from "./planYears";
import { YEAR_INFERRED_NOTE } from "./yearlessNote";

const plan = (years: number[], asOf: string | null, calendar: PlanYears["calendar"] = null) => ({
  years,
  asOf,
  calendar,
});

describe("inferYear: the year of a date written without one", () => {
  it.each([
    // a tracker of one year: that year, before or after the report date
    [6, 30, plan([2012], "2012-07-04"), 2012],
    [11, 13, plan([2012], "2012-07-04"), 2012],
    // the report date within the plan's years: the candidate nearest it
    [9, 30, plan([2019, 2020], "2020-08-06"), 2020],
    [6, 30, plan([2016, 2017], "2017-05-31", "financial"), 2017],
    [8, 31, plan([2023, 2027], "2023-01-31"), 2023],
    // the report date far from the plan: a two-year plan's own year (April–March, September–August)
    [10, 31, plan([2023, 2024], "2026-12-02", "financial"), 2023],
    [1, 31, plan([2023, 2024], "2026-12-02", "financial"), 2024],
    [7, 31, plan([2023, 2024], "2026-12-02", "academic"), 2024],
    [7, 31, plan([2023, 2024], "2026-12-02", "financial"), 2023],
    // no years in the plan: the report date's year
    [3, 31, plan([], "2024-01-31"), 2024],
  ] as const)("month %i day %i in %j → %i", (month, day, context, year) => {
    expect(inferYear(month, day, context)?.y).toBe(year);
  });

  it("has no year to give with no plan years and no report date", () => {
    expect(inferYear(6, 15, plan([], null))).toBeNull();
  });
});

describe("parseTimescale with the plan's context", () => {
  const tracker: TimescaleOptions = { plan: plan([2012], "2012-07-04") };
  const fy: TimescaleOptions = { plan: plan([2023, 2024], "2023-11-30", "financial") };
  const academic: TimescaleOptions = { plan: plan([2017, 2018], "2017-10-31", "academic") };

  it.each([
    ["June", tracker, null, "2012-06-30", "month"],
    ["30 Sept", tracker, null, "2012-09-30", "day"],
    ["by 30 September", tracker, null, "2012-09-30", "day"],
    ["by the end of October", tracker, null, "2012-10-31", "month"],
    ["6 October to 4 January", tracker, "2012-10-06", "2013-01-04", "day"],
    [
      "1 October to 30 April",
      { plan: plan([2017, 2018, 2019], "2018-11-29") },
      "2018-10-01",
      "2019-04-30",
      "day",
    ],
    ["By May next year", { plan: plan([2018, 2019], "2018-07-27") }, null, "2019-05-31", "month"],
    ["at the end of the financial year", fy, null, "2024-03-31", "financial-year"],
    ["into the next financial year", fy, null, "2025-03-31", "financial-year"],
    ["By the end of the academic year", academic, null, "2018-08-31", "academic-year"],
    ["31 August (annually)", { plan: plan([2023, 2027], "2023-01-31") }, null, "2023-08-31", "day"],
    ["over the summer", { plan: plan([2023], "2023-07-12") }, null, "2023-07-31", "term"],
    ["Spring term", academic, null, "2018-03-31", "term"],
    // a date the cell says is still to come is not placed before the report date …
    ["due in February", { plan: plan([2017, 2018], "2018-11-30") }, null, "2019-02-28", "month"],
    ["expected in March", { plan: plan([2019], "2019-11-25") }, null, "2020-03-31", "month"],
    // … while one said plainly keeps the plan's year, past or not
    ["February", { plan: plan([2017, 2018], "2018-11-30") }, null, "2018-02-28", "month"],
    ["by 15 February", { plan: plan([2002], "2002-03-06") }, null, "2002-02-15", "day"],
    [
      "was due in February",
      { plan: plan([2017, 2018], "2018-11-30") },
      null,
      "2018-02-28",
      "month",
    ],
    // a plan read years after it was written keeps its own year
    ["will finish in March", { plan: plan([2024], "2026-12-02") }, null, "2024-03-31", "month"],
  ] as const)(
    "%p → start %p, due %p (%s), the year noted as guessed",
    (text, options, start, due, precision) => {
      const got = parseTimescale({ text }, options);
      expect(got).toMatchObject({ start, due, precision });
      expect(got.notes.some((n) => n.startsWith(YEAR_INFERRED_NOTE))).toBe(true);
    }
  );

  it.each([
    ["Sept – Dec 2003", "2003-09-01", "2003-12-31"],
    ["04 July → 09 September 2022", "2022-07-04", "2022-09-09"],
    ["between 1 April and 30 September 2017", "2017-04-01", "2017-09-30"],
    ["7-9 October 2025", "2025-10-07", "2025-10-09"],
  ] as const)("%p takes its year from the cell, not a guess", (text, start, due) => {
    const got = parseTimescale({ text }, tracker);
    expect(got).toMatchObject({ start, due });
    expect(got.notes.some((n) => n.startsWith(YEAR_INFERRED_NOTE))).toBe(false);
  });

  it("leaves a date without a year undated when there is no context", () => {
    expect(parseTimescale({ text: "30 Sept" })).toMatchObject({ due: null, precision: "none" });
  });

  it.each([
    ["May be delayed", null],
    ["Annually Spring term", null],
    ["Every August in line with the annual report", null],
  ] as const)("does not read %p as a date", (text, due) => {
    expect(parseTimescale({ text }, tracker).due).toBe(due);
  });
});

describe("a bare year pair: the setting, then the plan, then the punctuation", () => {
  it.each([
    ["2023/24", {}, "2024-03-31", "a slash"],
    ["2009-10", {}, "2010-08-31", "a hyphen"],
    [
      "2023/24",
      { plan: plan([2023], null, "academic") },
      "2024-08-31",
      "the plan speaks of academic years",
    ],
    [
      "2009-10",
      { plan: plan([2009], null, "financial") },
      "2010-03-31",
      "the plan speaks of financial years",
    ],
    [
      "2009-10",
      { bareYearRange: "financial", plan: plan([], null, "academic") },
      "2010-03-31",
      "the setting",
    ],
    ["2023/24", { bareYearRange: "auto" }, "2024-03-31", "a slash"],
  ] as const)("%p with %j → %p (%s)", (text, options, due, why) => {
    const got = parseTimescale({ text }, options as TimescaleOptions);
    expect(got.due).toBe(due);
    expect(got.notes.join(" ")).toContain(why);
  });

  it("lets words beside the pair decide over everything", () => {
    const got = parseTimescale({ text: "academic year 2023/24" }, { bareYearRange: "financial" });
    expect(got.due).toBe("2024-08-31");
  });
});

describe("calendar evidence and the years of a title", () => {
  it.each([
    ["q2 update to cabinet", true, false],
    ["financial year 2023/24", true, false],
    ["fy25", false, false],
    ["april 2023 - march 2024", true, false],
    ["spring term 2024", false, true],
    ["academic year", false, true],
    ["half-termly", false, true],
    ["long term plan", false, false],
    ["terms of reference", false, false],
    ["financial inclusion strategy", false, false],
  ] as const)("%p → financial %p, academic %p", (text, financial, academic) => {
    expect(calendarEvidence(text)).toEqual({ financial, academic });
  });

  it.each([
    ["SEND Written Statement of Action 2023/24", [2023, 2024]],
    ["Corporate Plan 2022-2026", [2022, 2026]],
    ["Board action tracker, compiled 4 July 2012", [2012]],
    ["Cost £20000", []],
    ["Budget £2000 agreed", []],
  ] as const)("%p names %j", (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });
});
