import { smallCellKey, wideCellKey } from "./cellKeys";

describe("cell keys", () => {
  it("gives every cell of a sheet its own small key, in the small-integer range", () => {
    const seen = new Map<number, string>();
    for (const row of [1, 2, 3, 1023, 1024, 1025, 2 ** 20 - 1])
      for (const slot of [0, 1, 2, 511, 1023]) {
        const key = smallCellKey(row, slot);
        expect(Number.isInteger(key) && key >= 0 && key < 2 ** 30).toBe(true);
        expect(seen.get(key)).toBeUndefined();
        seen.set(key, `${row}:${slot}`);
      }
  });

  it("has no small key for a row past Excel's limit or a 1,025th column; those take distinct text keys", () => {
    expect(smallCellKey(2 ** 20, 0)).toBe(-1);
    expect(smallCellKey(5, 1024)).toBe(-1);
    expect(wideCellKey(12, 3)).not.toBe(wideCellKey(1, 23));
    expect(wideCellKey(2 ** 20, 1)).toBe(wideCellKey(2 ** 20, 1));
  });
});
