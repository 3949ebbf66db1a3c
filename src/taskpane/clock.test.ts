import { fileNameOf, londonToday } from "./clock";

describe("londonToday", () => {
  it.each([
    ["winter: London is UTC", "2026-01-15T23:30:00Z", "2026-01-15"],
    ["summer: 23:30 UTC is already tomorrow in London", "2026-06-15T23:30:00Z", "2026-06-16"],
    ["the day the clocks go forward", "2026-03-29T00:30:00Z", "2026-03-29"],
  ])("%s", (_name, iso, expected) => {
    expect(londonToday(new Date(iso))).toBe(expected);
  });
});

describe("fileNameOf", () => {
  it.each<[string | null | undefined, string]>([
    [
      "https://contoso.sharepoint.com/sites/x/Shared%20Documents/Plan%202026.xlsx",
      "Plan 2026.xlsx",
    ],
    ["C:\\Users\\me\\Documents\\plan.xlsx", "plan.xlsx"],
    ["https://x/plan.xlsx?web=1", "plan.xlsx"],
    ["/tmp/100%.xlsx", "100%.xlsx"],
    ["", "This workbook"],
    [null, "This workbook"],
  ])("%s", (url, expected) => expect(fileNameOf(url)).toBe(expected));
});
