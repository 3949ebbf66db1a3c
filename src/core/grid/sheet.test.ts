import { gridBounds, mergeAnchors } from "./sheet";
import type { SheetGrid } from "./types";

const grid = (rows: number, cols: number, originRow = 1, originCol = 1): SheetGrid => ({
  name: "S",
  originRow,
  originCol,
  values: Array.from({ length: rows }, () => Array<null>(cols).fill(null)),
  text: Array.from({ length: rows }, () => Array<string>(cols).fill("")),
  numberFormat: Array.from({ length: rows }, () => Array<string>(cols).fill("General")),
  merges: [],
});

describe("mergeAnchors", () => {
  it("lists every covered cell of a merge with its top-left anchor", () => {
    const a = mergeAnchors([{ top: 2, left: 1, bottom: 3, right: 2 }]);
    expect([...a.keys()].sort((x, y) => x - y)).toEqual([
      2 * 16384 + 2,
      3 * 16384 + 1,
      3 * 16384 + 2,
    ]);
    expect(a.get(3 * 16384 + 2)).toEqual({ row: 2, col: 1 });
  });

  it.each([
    ["a whole-sheet merge", { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }, 5 * 4 - 1],
    ["a merge hanging over the edge", { top: 4, left: 3, bottom: 400, right: 90 }, 2 * 2 - 1],
    ["a merge outside the grid", { top: 100, left: 1, bottom: 200, right: 4 }, 0],
    ["a merge anchored above the grid", { top: 1, left: 1, bottom: 2, right: 1 }, 1],
  ])("with bounds, lists only covered cells inside the grid for %s", (_label, merge, covered) => {
    const bounds = gridBounds(grid(5, 4));
    expect(mergeAnchors([merge], bounds).size).toBe(covered);
  });

  it("gives empty bounds for an empty grid", () => {
    const b = gridBounds(grid(0, 0, 7, 3));
    expect(b.bottom).toBeLessThan(b.top);
    expect(mergeAnchors([{ top: 7, left: 3, bottom: 9, right: 9 }], b).size).toBe(0);
  });
});
