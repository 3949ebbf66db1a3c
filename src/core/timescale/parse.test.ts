import { describe, expect, it } from "@jest/globals";
import {
  timescaleSchema,
  type Precision,
  type Timescale,
  type TimescaleInput,
} from "../schema/timescale";
import { MORE_CASES, SPEC_CASES, type Expected } from "./cases";
import { parseTimescale } from "./parse";
import { isoToExcelSerial } from "./serial";

function check(got: Timescale, want: Expected): void {
  expect(timescaleSchema.safeParse(got).success).toBe(true);
  const { note, ...fields } = want;
  const picked = Object.fromEntries(Object.keys(fields).map((k) => [k, got[k as keyof Timescale]]));
  expect(picked).toEqual(fields);
  if (note) expect(got.notes.join(" | ")).toContain(note);
}

describe("parseTimescale: the README's timescale conventions", () => {
  it.each(SPEC_CASES)("%j", (text, want) => {
    check(parseTimescale({ text }), want);
  });
});

describe("parseTimescale: what officers also write", () => {
  it.each(MORE_CASES)("%j", (text, want) => {
    check(parseTimescale({ text }), want);
  });
});

describe("parseTimescale: number cells", () => {
  const jan14 = isoToExcelSerial("2014-01-01");
  it.each([
    [
      "mmm-yy month cell",
      { text: "Jan-14", value: jan14, numberFormat: "mmm-yy" },
      "2014-01-31",
      "month",
    ],
    [
      "mmmm yyyy month cell",
      { text: "February 2004", value: isoToExcelSerial("2004-02-01"), numberFormat: "mmmm yyyy" },
      "2004-02-29",
      "month",
    ],
    [
      "dd/mm/yyyy day cell",
      { text: "01/01/2014", value: jan14, numberFormat: "dd/mm/yyyy" },
      "2014-01-01",
      "day",
    ],
    [
      "locale day cell",
      {
        text: "15/03/2004",
        value: isoToExcelSerial("2004-03-15"),
        numberFormat: "[$-809]dd/mm/yyyy",
      },
      "2004-03-15",
      "day",
    ],
    [
      "d-mmm-yy with a time",
      { text: "15-Mar-04", value: isoToExcelSerial("2004-03-15") + 0.5, numberFormat: "d-mmm-yy" },
      "2004-03-15",
      "day",
    ],
    ["yyyy cell", { text: "2014", value: jan14, numberFormat: "yyyy" }, "2014-12-31", "year"],
    [
      "a year in a General cell is a year, never a serial",
      { text: "2004", value: 2004, numberFormat: "General" },
      "2004-12-31",
      "year",
    ],
    [
      "a year with a number format",
      { text: "2004", value: 2004, numberFormat: "0" },
      "2004-12-31",
      "year",
    ],
  ] as [string, TimescaleInput, string, Precision][])("%s", (_name, input, dueIso, precision) => {
    const got = parseTimescale(input);
    expect(timescaleSchema.safeParse(got).success).toBe(true);
    expect(got).toMatchObject({
      text: input.text,
      start: null,
      due: dueIso,
      ongoing: false,
      precision,
    });
  });

  it("reads a date serial that lost its format as a date, with a note", () => {
    const got = parseTimescale({ text: "41640", value: 41640, numberFormat: "General" });
    expect(got.due).toBe("2014-01-01");
    expect(got.notes.join(" ")).toContain("no date format");
  });

  it("falls back to the text for a small number", () => {
    expect(parseTimescale({ text: "3", value: 3, numberFormat: "General" }).precision).toBe("none");
  });

  it("reads a blank cell as no timescale", () => {
    expect(parseTimescale({ text: "   " })).toEqual({
      text: null,
      start: null,
      due: null,
      ongoing: false,
      cadence: null,
      precision: "none",
      notes: [],
    });
  });
});

describe("parseTimescale: options", () => {
  it("reads a bare year pair as a financial year when told to", () => {
    const got = parseTimescale({ text: "2009-10" }, { bareYearRange: "financial" });
    expect(got).toMatchObject({ due: "2010-03-31", precision: "financial-year" });
    expect(got.notes.join(" ")).toContain("financial year (default: the setting)");
  });

  it("lets words in the cell override the default", () => {
    const got = parseTimescale({ text: "2009-10 academic year" }, { bareYearRange: "financial" });
    expect(got).toMatchObject({ due: "2010-08-31", precision: "academic-year", notes: [] });
  });
});

describe("parseTimescale never throws", () => {
  const nasty = [
    "",
    "\n\n",
    "32/13/99",
    "00/00/00",
    "Q9 2014",
    "Q",
    "9999",
    "-2004",
    "2004-",
    "2099/00",
    "Start:",
    "End:",
    "from",
    "first half of",
    "quarter",
    "FY",
    "😀 Sept 2003 😀",
    "Sept ".repeat(2000),
    "1".repeat(500),
    "\u0000\uffff",
    "Spring 2 term 2003/2004/2005",
    "between and",
  ];
  it.each(nasty.map((s) => [s.slice(0, 40), s]))("%j", (_shown, text) => {
    const got = parseTimescale({ text });
    expect(timescaleSchema.safeParse(got).success).toBe(true);
  });

  it("survives input that breaks the type", () => {
    const bad = { text: undefined, value: Number.NaN } as unknown as { text: string };
    expect(timescaleSchema.safeParse(parseTimescale(bad)).success).toBe(true);
    expect(parseTimescale(null as unknown as { text: string }).precision).toBe("none");
  });

  it("returns only valid calendar dates", () => {
    for (const text of [
      "29/02/2003",
      "31 April 2004",
      "Feb 2100",
      "Spring 1 2000",
      "Spring 1 1900",
    ]) {
      const got = parseTimescale({ text });
      expect(timescaleSchema.safeParse(got).success).toBe(true);
      if (got.due)
        expect(new Date(`${got.due}T00:00:00Z`).toISOString().slice(0, 10)).toBe(got.due);
    }
  });
});

describe("parseTimescale on generated cells", () => {
  const PIECES = [
    "Sept",
    "Spet",
    "Feb",
    "2003",
    "02",
    "29",
    "31",
    "/",
    "-",
    "–",
    ".",
    ":",
    "\n",
    " ",
    " ",
    "Start",
    "End",
    "Cont",
    "from",
    "to",
    "by",
    "Q",
    "3",
    "2014/15",
    "Autumn",
    "term",
    "half",
    "1st",
    "of",
    "financial",
    "year",
    "ongoing",
    "termly",
    "annually",
    "and",
    "+",
    "between",
    "£",
    "%",
    "'",
    "0",
    "99",
    "1900",
  ];
  // A fixed linear congruential generator: the same cells on every run.
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const cells = Array.from({ length: 3000 }, () =>
    Array.from({ length: 1 + next(8) }, () => PIECES[next(PIECES.length)]).join("")
  );

  it("always returns a valid timescale with real calendar dates", () => {
    for (const text of cells) {
      const got = parseTimescale({ text });
      expect(timescaleSchema.safeParse(got).success).toBe(true);
      for (const iso of [got.start, got.due]) {
        if (iso) expect(new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(iso);
      }
      if (got.due === null && !got.ongoing) expect(got.precision).toBe("none");
    }
  });
});

describe("a year before “annual” names that year's plan", () => {
  it.each([
    ["the 2019/20 Annual Governance Statement", "2020-03-31", null],
    ["2022 annual report", "2022-12-31", null],
    ["Annual review from 2022", null, "annually"],
    ["Reported annually to 2025", "2025-12-31", "annually"],
  ])("%s", (text, due, cadence) => {
    const got = parseTimescale({ text });
    expect(got.due).toBe(due);
    expect(got.cadence).toBe(cadence);
  });
});

describe("“from” after a verb of origin names where it came from, not a start", () => {
  it.each([
    ["actions arising from the June 2017 review", "2017-06-30", null, false],
    ["Issues resulting from the inspection in May 2021", "2021-05-31", null, false],
    ["Recommendations that arose from the 3 March 2020 audit", "2020-03-03", null, false],
    // a plain "from" is still a start that goes on
    ["Work from the June 2017 review onwards", null, "2017-06-01", true],
    ["From May 2021", null, "2021-05-01", true],
  ])("%s", (text, due, start, ongoing) => {
    const got = parseTimescale({ text });
    expect(got.due).toBe(due);
    expect(got.start).toBe(start);
    expect(got.ongoing).toBe(ongoing);
  });
});
