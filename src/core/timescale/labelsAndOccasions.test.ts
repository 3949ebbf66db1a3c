import { parseTimescale } from "./index";

// A number a word labels is no day, and "as they arise" recurs: each rule with the wording that must not fire it.
describe("a labelled number and a recurring occasion", () => {
  it.each([
    // "Phase 2 Mar 2017": the phase's month, not 2 March
    ["Phase 2 Mar 2017", "2017-03-31", false],
    ["Stage 3 June 2024", "2024-06-30", false],
    // a day that no label word precedes is still a day
    ["2 Mar 2017", "2017-03-02", false],
    ["By 3 June 2024", "2024-06-03", false],
    // "… and as they arise": a date, then again whenever the occasion comes
    ["01 April 2004 and as they arise", "2004-04-01", true],
    ["Reviewed as the need arises", null, true],
    // "arising from" names where an item came from, never a recurrence
    ["Actions arising from the March 2018 meeting", "2018-03-31", false],
  ])("%s → due %s, ongoing %s", (text, due, ongoing) => {
    const got = parseTimescale({ text }, { bareYearRange: "auto" });
    expect(got.due).toBe(due);
    expect(got.ongoing).toBe(ongoing);
  });
});
