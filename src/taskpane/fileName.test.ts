import { fileNameOf } from "./fileName";

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
