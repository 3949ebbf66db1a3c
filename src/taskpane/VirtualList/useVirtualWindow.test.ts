import { rowAt, rowOffsets, windowOf } from "./useVirtualWindow";

describe("windowing", () => {
  const offsets = rowOffsets(Array.from({ length: 10000 }, (_, i) => (i % 2 ? 100 : 50)));

  it("adds up the heights", () => {
    expect(Array.from(offsets.slice(0, 4))).toEqual([0, 50, 150, 200]);
    expect(offsets[10000]).toBe(750000);
  });

  it.each([
    [0, 0],
    [49, 0],
    [50, 1],
    [149, 1],
    [150, 2],
    [749999, 9999],
    [10 ** 9, 9999],
  ])("the row under y = %d is %d", (y, row) => expect(rowAt(offsets, y)).toBe(row));

  it("renders the rows in view and 600 px either side, never the whole list", () => {
    const { start, end } = windowOf(offsets, 300000, 600, 40);
    expect(offsets[start]!).toBeLessThanOrEqual(300000 - 600);
    expect(offsets[start + 1]!).toBeGreaterThan(300000 - 600);
    expect(offsets[end - 1]!).toBeLessThan(300000 + 600 + 600);
    expect(offsets[end]!).toBeGreaterThanOrEqual(300000 + 600 + 600);
    expect(end - start).toBeLessThan(30);
  });

  it("before layout (no viewport height) renders the first rows only", () => {
    expect(windowOf(offsets, 0, 0, 40)).toEqual({ start: 0, end: 40 });
    expect(windowOf(rowOffsets([]), 0, 600, 40)).toEqual({ start: 0, end: 0 });
  });
});
