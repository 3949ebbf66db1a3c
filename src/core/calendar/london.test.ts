import { londonDate } from "./london";

describe("londonDate", () => {
  it.each([
    ["2026-07-01T23:30:00Z", "2026-07-02"], // British Summer Time: already tomorrow in London
    ["2026-11-23T23:30:00Z", "2026-11-23"], // GMT: still today
    ["2026-03-29T00:30:00Z", "2026-03-29"],
  ])("%s is %s in London", (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });
});
