import { RowOrderedMap } from "./rowOrderedMap";

/** Feeds (row, col) cells as a caller would: get, and set when missing; returns what a Map would say. */
function replay(cells: ReadonlyArray<readonly [number, number]>): [string[], string[]] {
  const ordered = new RowOrderedMap<string>();
  const plain = new Map<number, string>();
  const got: string[] = [];
  const expected: string[] = [];
  cells.forEach(([row, col], i) => {
    const key = row * 64 + col;
    const a = ordered.get(row, key);
    if (a === undefined) ordered.set(row, key, `#${i}`);
    got.push(a ?? "new");
    const b = plain.get(key);
    if (b === undefined) plain.set(key, `#${i}`);
    expected.push(b ?? "new");
  });
  return [got, expected];
}

describe("RowOrderedMap", () => {
  it.each([
    [
      "rows in order, repeats on a row",
      [
        [3, 1],
        [3, 2],
        [3, 1],
        [5, 1],
        [5, 1],
        [9, 4],
      ],
    ],
    [
      "a row again after later rows",
      [
        [3, 1],
        [5, 1],
        [3, 1],
        [3, 2],
        [5, 1],
        [9, 9],
      ],
    ],
    [
      "rows falling",
      [
        [9, 1],
        [5, 1],
        [5, 1],
        [1, 1],
        [9, 1],
      ],
    ],
    [
      "row 0 and negative rows",
      [
        [0, 1],
        [0, 1],
        [-2, 1],
        [0, 1],
      ],
    ],
  ] as const)("%s: finds what a Map finds", (_name, cells) => {
    const [got, expected] = replay(cells);
    expect(got).toEqual(expected);
  });

  it("agrees with a Map over many cells in and out of order", () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const cells: [number, number][] = [];
    for (let row = 1; row < 400; row += 1 + next(3)) {
      for (let k = next(4); k >= 0; k--) cells.push([row, next(5)]);
      if (next(50) === 0) cells.push([next(row) + 1, next(5)]);
    }
    const [got, expected] = replay(cells);
    expect(got).toEqual(expected);
  });
});
