import { describe, expect, it } from "@jest/globals";
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  easterSunday,
  endOfTerm,
  fromIso,
  lastDayOfMonth,
  toIso,
  type Term,
} from "./ymd";

describe("calendar arithmetic", () => {
  it.each([
    [2004, 2, "2004-02-29"],
    [2003, 2, "2003-02-28"],
    [1900, 2, "1900-02-28"],
    [2000, 2, "2000-02-29"],
    [2003, 9, "2003-09-30"],
    [2003, 12, "2003-12-31"],
  ])("the last day of %i-%i is %s", (y, m, iso) => {
    expect(toIso(lastDayOfMonth(y, m))).toBe(iso);
  });

  it("has no 13th month", () => {
    expect(daysInMonth(2004, 13)).toBe(0);
  });

  it("counts days from 1970-01-01 and back", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(1899, 12, 30)).toBe(-25569);
    for (let d = -40000; d < 60000; d += 13) {
      const c = civilFromDays(d);
      expect(daysFromCivil(c.y, c.m, c.d)).toBe(d);
    }
  });

  it.each([
    ["2004-02-29", true],
    ["2003-02-29", false],
    ["2003-13-01", false],
    ["30/09/2003", false],
  ])("%s is a real ISO date: %s", (iso, ok) => {
    expect(fromIso(iso) !== null).toBe(ok);
  });

  it.each([
    ["autumn", 2003, 0, "2003-12-31"],
    ["spring", 2004, 0, "2004-03-31"],
    ["summer", 2002, 0, "2002-07-31"],
    ["autumn", 2004, 1, "2004-10-31"],
    ["spring", 2004, 1, "2004-02-29"],
    ["spring", 2005, 1, "2005-02-28"],
    ["summer", 2004, 1, "2004-05-31"],
    ["summer", 2004, 2, "2004-07-31"],
  ] as [Term, number, 0 | 1 | 2, string][])(
    "the %s term %i (half %i) ends %s",
    (term, y, half, iso) => {
      expect(endOfTerm(term, y, half)).toBe(iso);
    }
  );

  it.each([
    [2003, "2003-04-20"],
    [2004, "2004-04-11"],
    [2014, "2014-04-20"],
    [2019, "2019-04-21"],
  ])("Easter %i is %s", (y, iso) => {
    expect(toIso(easterSunday(y))).toBe(iso);
  });
});
