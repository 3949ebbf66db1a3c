import { describe, expect, it } from "@jest/globals";
import { dateFormatPrecision, isDateFormat, isMonthOnlyFormat } from "./numfmt";

describe("Excel number formats", () => {
  it.each([
    ["mmm-yy", "month"],
    ["mmmm yyyy", "month"],
    ["mmm", "month"],
    ['mmm" "yy', "month"],
    ["[Red]mmm-yy", "month"],
    ["dd/mm/yyyy", "day"],
    ["d-mmm-yy", "day"],
    ["[$-809]dd/mm/yyyy", "day"],
    ["[$-F800]dddd, mmmm dd, yyyy", "day"],
    ["m/d/yyyy", "day"],
    ["dd/mm/yyyy hh:mm", "day"],
    ["yyyy", "year"],
    ["General", null],
    ["0", null],
    ["0.00;[Red]-0.00", null],
    ["#,##0", null],
    ["@", null],
    ["hh:mm", null],
    ["[h]:mm:ss", null],
    ["mm:ss", null],
    ["h:mm AM/PM", null],
    ['"Due "0', null],
    ['0" days"', null],
    ['"ddmmyy"0', null],
    ["\\d0", null],
    ["", null],
  ])("%j shows %s", (fmt, precision) => {
    expect(dateFormatPrecision(fmt)).toBe(precision);
    expect(isDateFormat(fmt)).toBe(precision !== null);
    expect(isMonthOnlyFormat(fmt)).toBe(precision === "month");
  });

  it("reads only the first section", () => {
    expect(dateFormatPrecision('0;"dd/mm/yyyy"')).toBeNull();
    expect(dateFormatPrecision("mmm-yy;@")).toBe("month");
  });
});
