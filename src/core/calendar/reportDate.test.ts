import { parseReportDate } from "./reportDate";

describe("parseReportDate", () => {
  it.each([
    ["2014-01-31", "2014-01-31"],
    ["31/01/2014", "2014-01-31"],
    [" 1/2/2014 ", "2014-02-01"],
    ["29.02.2016", "2016-02-29"],
    ["31-12-2003", "2003-12-31"],
  ])("%j → %s", (text, iso) => {
    expect(parseReportDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ["2014-02-30", "30 February 2014 does not exist."],
    ["29/02/2015", "29 February 2015 does not exist."],
    ["31/04/2014", "31 April 2014 does not exist."],
    ["01/13/2014", '"01/13/2014" has no month 13: months run 1 to 12.'],
    ["Jan 2014", '"Jan 2014" is not a date: write it as 31/01/2014 or 2014-01-31.'],
    ["", '"" is not a date: write it as 31/01/2014 or 2014-01-31.'],
  ])("%j is refused: %s", (text, error) => {
    expect(parseReportDate(text)).toEqual({ ok: false, error });
  });
});
