import fc from "fast-check";
import { isRegExpSpace, trimEndPunctuation, trimEndRefMarks } from "./trimEnd";

// the loops replace these expressions: they must agree on every text
const byRegExp = (t: string) => t.replace(/[\s,;:.-]+$/, "");
const refByRegExp = (t: string) => t.replace(/[.)]+$/, "");

/** Text rich in the characters that matter: Unicode spaces, the punctuation, brackets and letters. */
const tricky = fc
  .array(
    fc.constantFrom(
      "a",
      "Z",
      "1",
      " ",
      "\t",
      "\n",
      "\u00a0",
      "\u2009",
      "\u3000",
      "\ufeff",
      "\u200b",
      ",",
      ";",
      ":",
      ".",
      "-",
      "–",
      ")",
      "(",
      "…",
      "'"
    ),
    { maxLength: 12 }
  )
  .map((cs) => cs.join(""));

describe("trimEnd helpers", () => {
  it("isRegExpSpace is exactly /\\s/ over the basic plane", () => {
    for (let c = 0; c < 0x10000; c++) {
      expect([c, isRegExpSpace(c)]).toEqual([c, /\s/.test(String.fromCharCode(c))]);
    }
  });

  it.each([
    ["Improve the offer,  ", "Improve the offer"],
    ["Plan: -", "Plan"],
    ["No change", "No change"],
    ["…", "…"],
    ["", ""],
  ])("trimEndPunctuation(%j) = %j", (text, out) => {
    expect(trimEndPunctuation(text)).toBe(out);
  });

  it.each([
    ["1.2.", "1.2"],
    ["3)", "3"],
    ["(4).)", "(4"],
    ["A", "A"],
  ])("trimEndRefMarks(%j) = %j", (text, out) => {
    expect(trimEndRefMarks(text)).toBe(out);
  });

  it("agree with the regular expressions on any text", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string(), fc.string({ unit: "binary" })), (t) => {
        expect(trimEndPunctuation(t)).toBe(byRegExp(t));
        expect(trimEndRefMarks(t)).toBe(refByRegExp(t));
      }),
      { numRuns: 3000 }
    );
  });
});
