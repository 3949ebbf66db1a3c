import { memoByText } from "./memo";

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
