import fc from "fast-check";
import { CONTEXT_PREFIXES, CONTEXT_WORDS, isContextLabel } from "./context";
import { normaliseHeader } from "../text/normalise";
import { leadingRef } from "./refs";

// leadingRef and isContextLabel skip their full work for texts that cannot match: the answers must be those
// of the full work alone, for any text.
const LEADING_REF = /^\s*(\(?\d{1,3}(?:\.\d{1,3})*[.):]?\)?)(?=\s+\S)/;
function leadingRefByRegExp(text: string): string | null {
  const m = LEADING_REF.exec(text);
  if (!m || m[1] === undefined) return null;
  return m[1].startsWith("(") && !m[1].endsWith(")") ? null : m[1];
}

function contextByNormalising(text: string): boolean {
  const norm = normaliseHeader(text);
  if (norm === "") return false;
  if (CONTEXT_WORDS.has(norm)) return true;
  return CONTEXT_PREFIXES.some((p) => norm === p || norm.startsWith(`${p} `));
}

const pieces = fc
  .array(
    fc.constantFrom(
      " ",
      "\u00a0",
      "\t",
      "(",
      ")",
      "1",
      "2.3",
      "12",
      "2004",
      ".",
      ":",
      "&",
      "'",
      "#",
      "Targets",
      "notes",
      "Key",
      "SSRE",
      "Area(s)",
      "Links to other plans",
      "What we plan to do",
      "Improve",
      "É",
      "x"
    ),
    { maxLength: 8 }
  )
  .map((ps) => ps.join(""));

describe("leadingRef", () => {
  it.each([
    ["1) Improve attendance", "1)"],
    ["  (2) Review", "(2)"],
    ["1.2.1. Publish", "1.2.1."],
    ["\u00a03: Consult", "3:"],
    ["(2 Review", null],
    ["2004 review of provision", null],
    ["Improve attendance", null],
    ["1.2", null],
  ])("%j → %j", (text, ref) => {
    expect(leadingRef(text)).toBe(ref);
  });

  it("agrees with the expression alone on any text", () => {
    fc.assert(
      fc.property(fc.oneof(pieces, fc.string(), fc.string({ unit: "binary" })), (t) => {
        expect(leadingRef(t)).toBe(leadingRefByRegExp(t));
      }),
      { numRuns: 3000 }
    );
  });
});

describe("isContextLabel", () => {
  it.each([
    ["Targets/Success Criteria:", true],
    ["Key SSRE Area(s)", true],
    ["  & notes", false],
    ["Notes", true],
    ["1.2", false],
    ["Improve attendance", false],
    ["Éducation", false],
    ["", false],
  ])("%j → %p", (text, yes) => {
    expect(isContextLabel(text)).toBe(yes);
  });

  it("agrees with normalising in full on any text", () => {
    const labels = fc.constantFrom(...CONTEXT_PREFIXES, ...CONTEXT_WORDS);
    const labelled = fc
      .tuple(pieces, labels, pieces)
      .map(([a, l, b]) => `${a}${l.toUpperCase()}${b}`);
    fc.assert(
      fc.property(fc.oneof(pieces, labelled, fc.string(), fc.string({ unit: "binary" })), (t) => {
        expect(isContextLabel(t)).toBe(contextByNormalising(t));
      }),
      { numRuns: 3000 }
    );
  });
});
