import fc from "fast-check";
import { matchHeader, type HeaderMatch } from "../detect/match";
import { cannotBeHeader, MAX_HEADER_CHARS } from "../detect/headerRule";
import { buildSheet } from "../detect/testGrid";
import { sheetView } from "../detect/view";
import { headerMatchOf, knownHeaderMatch } from "./headerMatchMemo";
import { headerRowMatches } from "./headerRowMatches";

// The scan's shortcuts (misses counted first, remembered readings, unknown texts read last) must give what
// reading every cell gives: the same matches, in column order, whatever texts were read before.

/** Every cell read with matchHeader, no shortcut: the scan's answer by definition. */
function byReadingEveryCell(cells: readonly (string | number)[]) {
  const matches = new Map<number, HeaderMatch>();
  let nonEmpty = 0;
  let unmatched = 0;
  cells.forEach((v, i) => {
    const t = String(v);
    if (t === "") return;
    nonEmpty++;
    const m = typeof v === "string" && t.length <= MAX_HEADER_CHARS ? matchHeader(t) : null;
    if (m) matches.set(i + 1, m);
    else unmatched++;
  });
  if (nonEmpty < 2 || cannotBeHeader(unmatched, nonEmpty)) return null;
  return { fields: [...matches].map(([c, m]) => [c, m.field, m.kind]), nonEmpty };
}

function scanned(cells: readonly (string | number)[]) {
  const view = sheetView(buildSheet({ blocks: [{ at: "A1", rows: [cells] }] }));
  const r = headerRowMatches(view, 1);
  return (
    r && { fields: [...r.matches].map(([c, m]) => [c, m.field, m.kind]), nonEmpty: r.nonEmpty }
  );
}

const TEXTS = [
  "Ref",
  "Action",
  "Lead officer",
  "Target date",
  "Status",
  "Progress update",
  "How will we know",
  "Head of Service",
  "Ongoing",
  "done",
  "Red",
  "March 2014",
  "Improve the quality of annual reviews in respect of target setting",
  "x".repeat(MAX_HEADER_CHARS + 1),
  "",
  // codes and numbers as text (answered without the memo), and texts starting below "A" that are not
  "1.2",
  "4)",
  "(3)",
  "22.70",
  "#",
  "# of actions",
  "1. Action",
  "(Lead) officer",
  "& partners",
];

describe("headerRowMatches", () => {
  it("reads a header row's fields in column order, and dismisses a data row", () => {
    expect(scanned(["Ref", "Action", "Lead officer", "Target date", "Status"])?.fields).toEqual([
      [1, "ref", "synonym"],
      [2, "action", "synonym"],
      [3, "owner", "synonym"],
      [4, "due", "synonym"],
      [5, "status", "synonym"],
    ]);
    expect(
      scanned(["1.1", "Improve the quality of annual reviews", "Head of Service", 41000])
    ).toBe(null);
  });

  it("answers as reading every cell does, whatever was read before", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TEXTS), fc.integer({ min: 1, max: 99 })), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.subarray(TEXTS),
        (cells, readBefore) => {
          for (const t of readBefore) headerMatchOf(t);
          expect(scanned(cells)).toEqual(byReadingEveryCell(cells));
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("knownHeaderMatch", () => {
  it("answers codes and numbers as matchHeader does without reading them, and leaves words to the memo", () => {
    for (const t of ["1.2", "4)", "(3)", "22.70", "130.11 130.12", "-", "1/4/2014"]) {
      expect(matchHeader(t)).toBe(null);
      expect(knownHeaderMatch(t)).toBe(null);
    }
    const hash = headerMatchOf("#");
    expect(hash?.field).toBe("ref");
    expect(knownHeaderMatch("#")).toBe(hash);
    expect(knownHeaderMatch("1. Action plan ref never read")).toBe(undefined);
  });
});
