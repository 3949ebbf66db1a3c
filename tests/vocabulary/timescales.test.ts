/**
 * Timescale phrases copied verbatim from public plans, trackers and committee papers
 * (tests/fixtures/vocabulary/timescales.json, each with its source, the plan's context — report date,
 * the years its other dates and title name, its calendar — and a label by the README's conventions): how
 * many the grammar reads as labelled. Prints the figures and every miss; fails below the thresholds.
 * The file is used to find classes of failure (dates without a year, year pairs, quarters), never to
 * list its strings in the engine.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTimescale } from "../../src/core/timescale";
import { YEAR_INFERRED_NOTE } from "../../src/core/timescale/yearless";

interface Item {
  readonly source: string;
  readonly kind: string;
  readonly text: string;
  readonly context: {
    readonly asOf: string;
    readonly years: readonly number[];
    readonly calendar: "financial" | "academic" | null;
  };
  readonly due: string | null;
  readonly start: string | null;
  readonly ongoing: boolean;
  readonly cadence: string | null;
  readonly yearInferred: boolean;
}

const items = (
  JSON.parse(
    readFileSync(join(__dirname, "..", "fixtures", "vocabulary", "timescales.json"), "utf8")
  ) as { items: Item[] }
).items;

/**
 * Set at what the engine honestly reaches on the corpus (due 253/266, reading 252/266, start 260/266,
 * year inferred 263/266); the target is 0.95. The reading rose from 248 when four cadence labels that
 * contradicted the corpus's own "quarterly" were corrected (see their notes), not by engine work; to due
 * 257, reading 256, start 261 with the rules by class for the third and fourth held-out batches (a length
 * counted from a date, a date still to come placed after the report date).
 */
const THRESHOLD = { due: 0.96, reading: 0.96, start: 0.98, yearInferred: 0.98 };

function read(item: Item) {
  const years = [...item.context.years].sort((a, b) => a - b);
  const got = parseTimescale(
    { text: item.text },
    {
      bareYearRange: "auto",
      plan: {
        years,
        asOf: item.context.asOf,
        calendar: item.context.calendar,
      },
    }
  );
  const inferred = got.notes.some((n) => n.startsWith(YEAR_INFERRED_NOTE));
  return {
    due: got.due === item.due,
    // the whole reading: due, open-endedness and cadence
    reading: got.due === item.due && got.ongoing === item.ongoing && got.cadence === item.cadence,
    start: got.start === item.start,
    // whether the year was guessed, where a due date was found
    yearInferred: item.due === null || inferred === item.yearInferred,
    got: `due ${got.due} start ${got.start} ongoing ${got.ongoing} cadence ${got.cadence} inferred ${inferred}`,
  };
}

describe("timescale phrases from real plans", () => {
  const results = items.map((item) => ({ item, r: read(item) }));
  const share = (k: keyof typeof THRESHOLD) =>
    items.length === 0 ? 1 : results.filter((x) => x.r[k]).length / items.length;

  it("has a corpus to score", () => {
    expect(items.length).toBeGreaterThan(40);
  });

  it("reads them as labelled, above the thresholds", () => {
    const pct = (k: keyof typeof THRESHOLD) =>
      `${k} ${results.filter((x) => x.r[k]).length}/${items.length} = ${(100 * share(k)).toFixed(1)}%`;
    const lines = [
      `timescales: ${(Object.keys(THRESHOLD) as (keyof typeof THRESHOLD)[]).map(pct).join(", ")}`,
      ...results
        .filter((x) => !x.r.reading || !x.r.start || !x.r.yearInferred)
        .map(
          ({ item, r }) =>
            `  miss: ${JSON.stringify(item.text.slice(0, 70))} [${item.context.years.join(",")} ${item.context.calendar ?? "-"}] → ${r.got}; labelled due ${item.due} start ${item.start} ongoing ${item.ongoing} cadence ${item.cadence} inferred ${item.yearInferred}`
        ),
    ];
    console.log(lines.join("\n"));
    for (const k of Object.keys(THRESHOLD) as (keyof typeof THRESHOLD)[]) {
      expect(share(k)).toBeGreaterThanOrEqual(THRESHOLD[k]);
    }
  });
});
