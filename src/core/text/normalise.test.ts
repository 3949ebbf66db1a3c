import { collapseSpace, foldText } from "./normalise";

/** What the places that now call collapseSpace wrote before: the rewrite must give the same text. */
const byRegExp = (text: string) => text.replace(/\s+/g, " ").trim();

describe("collapseSpace", () => {
  // every UTF-16 unit, alone and between words, doubled and beside a plain space
  const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

  it("is `replace(/\\s+/g, ' ').trim()` for every character", () => {
    const differ = units.filter((u) =>
      [`a${u}b`, `a ${u}b`, `${u}${u}a`, `a${u}${u}`, u].some(
        (t) => collapseSpace(t) !== byRegExp(t)
      )
    );
    expect(differ).toEqual([]);
  });

  it("folds line breaks, tabs and no-break spaces in a cell", () => {
    expect(collapseSpace("  Review\r\n the\u00a0local\toffer  ")).toBe("Review the local offer");
    expect(foldText("  Review\n THE offer ")).toBe("review the offer");
  });
});
