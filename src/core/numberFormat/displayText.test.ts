import { dateToSerial, formatGeneral, formatNumber, isDateFormat } from "./displayText";

describe("formatNumber", () => {
  it.each([
    [41640, "mmm-yy", "Jan-14"],
    [41640, "dd/mm/yyyy", "01/01/2014"],
    [37894, "d-mmm-yy", "30-Sep-03"],
    [37894, "d mmmm yyyy", "30 September 2003"],
    [37894, "dddd", "Tuesday"],
    [37894.75, "hh:mm", "18:00"],
    [37894.75, "h:mm AM/PM", "6:00 PM"],
    [37894, "[$-809]dd mmm yyyy", "30 Sep 2003"],
    [1234.5, "#,##0.00", "1,234.50"],
    [1234.5, "0", "1235"],
    [0.25, "0%", "25%"],
    [0.125, "0.0%", "12.5%"],
    [-5, "0;(0)", "(5)"],
    [-5, "0.00", "-5.00"],
    [12, '"£"#,##0', "£12"],
    [12, "[$£-809]#,##0.00", "£12.00"],
    [3, "General", "3"],
    [0.1 + 0.2, "General", "0.3"],
    [2004, "@", "2004"],
  ])("%p as %s → %s", (n, fmt, text) => {
    expect(formatNumber(n, fmt)).toBe(text);
  });
});

describe("isDateFormat", () => {
  it.each([
    ["mmm-yy", true],
    ["dd/mm/yyyy", true],
    ["General", false],
    ["0.00", false],
    ['"days"0', false],
    ["#,##0", false],
  ])("%s → %p", (fmt, want) => {
    expect(isDateFormat(fmt)).toBe(want);
  });
});

describe("formatGeneral and dateToSerial", () => {
  it("drops trailing zeros and limits digits", () => {
    expect(formatGeneral(1 / 3)).toBe("0.333333333");
    expect(formatGeneral(123456789012)).toBe("1.23457E+11");
  });
  it("counts days from 1899-12-30", () => {
    expect(dateToSerial(new Date(Date.UTC(2014, 0, 1)))).toBe(41640);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });
});
