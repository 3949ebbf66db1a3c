import { memoByText, SharedMemo } from "./memo";

describe("memoByText", () => {
  it("works each distinct text out once, and again after the map filled and was cleared", () => {
    const calls: string[] = [];
    const len = memoByText((t: string) => {
      calls.push(t);
      return t.length;
    }, 2);
    expect([len("ab"), len("ab"), len("abc"), len("ab")]).toEqual([2, 2, 3, 2]);
    expect(calls).toEqual(["ab", "abc"]);
    // full at two entries: the third distinct text clears it
    expect(len("abcd")).toBe(4);
    expect(len("ab")).toBe(2);
    expect(calls).toEqual(["ab", "abc", "abcd", "ab"]);
  });

  it("remembers a null answer", () => {
    let n = 0;
    const none = memoByText(() => {
      n++;
      return null;
    }, 10);
    none("x");
    none("x");
    expect(n).toBe(1);
  });
});

describe("SharedMemo", () => {
  it("counts the entries of all its tables, nested ones too, and empties every table at the bound", () => {
    const memo = new SharedMemo(3);
    const byText = memo.table<string, number>();
    const byKey = memo.table<string, Map<number, string>>();
    memo.remember(byText, "a", 1);
    const inner = new Map<number, string>();
    byKey.set("k", inner);
    memo.remember(inner, 7, "seven");
    expect(memo.full).toBe(false);
    memo.remember(byText, "b", 2);
    expect(memo.full).toBe(true);
    expect(memo.remember(byText, "c", 3)).toBe(3);
    expect([...byText]).toEqual([["c", 3]]);
    expect(byKey.size).toBe(0);
    expect(memo.full).toBe(false);
  });
});
