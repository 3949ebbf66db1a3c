import fc from "fast-check";
import { timescaleSchema } from "../../src/core/schema/timescale";
import { fromIso, parseTimescale } from "../../src/core/timescale";
import { parseUncached } from "../../src/core/timescale/parse";
import { FORMULA_LIKE } from "./support/grids";
import { params } from "./support/runs";

// Strings that look like timescales, recombined, find more corners of the grammar than random text.
const WORDS = [
  "Sept",
  "September",
  "Spt",
  "2003",
  "03",
  "Jan-14",
  "Spring",
  "Summer",
  "Autumn",
  "term",
  "half",
  "Q1",
  "Q4",
  "2009-10",
  "2009/10",
  "FY",
  "AY",
  "end",
  "of",
  "by",
  "from",
  "to",
  "-",
  "–",
  "/",
  "ongoing",
  "termly",
  "monthly",
  "annually",
  "31/02/2024",
  "29/02/2024",
  "0",
  "99999",
  "1900",
  "31st",
  "Dec",
  "December",
  "TBC",
  "Cont",
  "End:",
  "and",
  "&",
  ",",
  "\n",
  "  ",
  "9999-12-31",
];
const timescaleLike = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 12 })
  .map((w) => w.join(" "));

const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
  { weight: 3, arbitrary: timescaleLike },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom(...FORMULA_LIKE) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(32767), "Sept 2003 ".repeat(3276)) }
);

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    60,
    2958465,
    2958466,
    1e308,
    -1e308,
    NaN,
    Infinity,
    -Infinity,
    2004,
    45000.5
  )
);

const anyFormat = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("General", "dd/mm/yyyy", "mmm-yy", "yyyy", "@", "0.00", "[$-809]dd mmmm yyyy;@"),
  fc.string({ maxLength: 30 })
);

/** The parser's catch-all turns an internal exception into this note; a property also forbids it. */
const SWALLOWED = /^timescale not read:/;

describe("parseTimescale on any input", () => {
  const counts = { text: 0, cell: 0, due: 0 };

  afterAll(() => {
    console.log(
      `parseTimescale properties: ${counts.text} strings, ${counts.cell} (text, value, format) cells; ${counts.due} gave a due date`
    );
  });

  it("never throws and returns a schema-valid result for any string", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("academic", "financial"), (text, year) => {
        counts.text++;
        const r = parseTimescale({ text }, { bareYearRange: year as "academic" | "financial" });
        expect(timescaleSchema.safeParse(r).success).toBe(true);
        expect(r.notes.filter((n) => SWALLOWED.test(n))).toEqual([]);
        if (r.due) counts.due++;
        for (const d of [r.start, r.due])
          if (d !== null) expect([d, fromIso(d)]).not.toEqual([d, null]);
        // the memo must hand back the same reading as the grammar itself
        expect(r).toEqual(
          parseUncached({ text }, { bareYearRange: year as "academic" | "financial" })
        );
      }),
      params(3000)
    );
  });

  it("never throws and returns a schema-valid result for any number and format", () => {
    fc.assert(
      fc.property(anyText, anyValue, anyFormat, (text, value, numberFormat) => {
        counts.cell++;
        const input = {
          text,
          ...(value === undefined ? {} : { value }),
          ...(numberFormat === undefined ? {} : { numberFormat }),
        };
        const r = parseTimescale(input);
        const parsed = timescaleSchema.safeParse(r);
        expect(parsed.success ? null : parsed.error.issues).toBeNull();
        expect(r.notes.filter((n) => SWALLOWED.test(n))).toEqual([]);
        if (r.due) counts.due++;
        // every date is a real calendar day (the schema's pattern alone would let 2023-02-30 through)
        for (const d of [r.start, r.due])
          if (d !== null) expect([d, fromIso(d)]).not.toEqual([d, null]);
      }),
      params(3000)
    );
  });

  it.each([
    ["not even a string", { text: 42 as unknown as string }],
    ["a missing input", undefined as unknown as { text: string }],
    ["a null text", { text: null as unknown as string }],
  ])("survives %s from an untyped caller", (_label, input) => {
    const r = parseTimescale(input);
    expect(timescaleSchema.safeParse(r).success).toBe(true);
    expect(r.precision).toBe("none");
  });
});
