import { describe, expect, it } from "@jest/globals";
import { excelSerialToIso, isoToExcelSerial } from "./serial";

describe("Excel 1900 date system", () => {
  it.each([
    [0, "1899-12-31"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-28"], // the phantom 29/02/1900
    [61, "1900-03-01"],
    [36526, "2000-01-01"],
    [37894, "2003-09-30"],
    [41640, "2014-01-01"],
    [41640.75, "2014-01-01"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["2004-02-29", 38046],
    ["2014-01-01", 41640],
  ])("%s is serial %d", (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  it("round-trips every day from 1900-03-01 to 2100", () => {
    for (let s = 61; s < 73415; s += 7) expect(isoToExcelSerial(excelSerialToIso(s))).toBe(s);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [2958466]])(
    "%d is no date",
    (serial) => {
      expect(excelSerialToIso(serial)).toBe("");
    }
  );

  it.each([["2003-02-29"], ["30/09/2003"], [""]])("%j has no serial", (iso) => {
    expect(isoToExcelSerial(iso)).toBeNaN();
  });
});
