import { londonToday } from "./today";

describe("londonToday", () => {
  it.each([
    ["winter: London is UTC", "2026-01-15T23:30:00Z", "2026-01-15"],
    ["summer: 23:30 UTC is already tomorrow in London", "2026-06-15T23:30:00Z", "2026-06-16"],
    ["the day the clocks go forward", "2026-03-29T00:30:00Z", "2026-03-29"],
  ])("%s", (_name, iso, expected) => {
    expect(londonToday(new Date(iso))).toBe(expected);
  });

  it("reads the clock when given no instant", () => {
    const before = londonToday(new Date());
    const today = londonToday();
    expect([before, londonToday(new Date())]).toContain(today);
  });
});
