import { parseTimescale, parseTimescaleShared } from "./index";

describe("parseTimescaleShared: one result for every cell that reads alike", () => {
  const cell = { text: "Spring 2004 and ongoing", value: null, numberFormat: "General" };

  it("returns the same frozen object for the same text, notes frozen too", () => {
    const a = parseTimescaleShared(cell);
    const b = parseTimescaleShared({ ...cell });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.notes)).toBe(true);
    expect(() => (a.notes as string[]).push("changed")).toThrow(TypeError);
  });

  it("freezes a number cell's result as well", () => {
    const date = { text: "Mar-14", value: 41699, numberFormat: "mmm-yy" };
    const a = parseTimescaleShared(date);
    expect(parseTimescaleShared({ ...date })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it("parseTimescale still gives each caller its own copy to change", () => {
    const mine = parseTimescale(cell);
    expect(mine).toEqual(parseTimescaleShared(cell));
    expect(Object.isFrozen(mine)).toBe(false);
    mine.notes.push("mine");
    expect(parseTimescaleShared(cell).notes).not.toContain("mine");
  });
});
