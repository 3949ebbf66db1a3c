/* global __dirname, console */
// Every hand-labelled timescale in tests/fixtures/*.truth.json must parse to its start, due, ongoing and
// cadence. Cells shown "mmm-yy" ("Jan-14") are real Excel dates in the workbook: they are parsed as the
// number cell the adapter hands over (serial of the first of the month, format "mmm-yy").
import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { timescaleSchema, type TimescaleInput } from "../../src/core/schema/timescale";
import { parseTimescale } from "../../src/core/timescale/parse";
import { isoToExcelSerial } from "../../src/core/timescale/serial";

interface TruthAction {
  readonly row: number;
  readonly timescale: string | null;
  readonly start: string | null;
  readonly due: string | null;
  readonly ongoing: boolean;
  readonly cadence: string | null;
}
interface Truth {
  readonly workbook: string;
  readonly tables: readonly {
    readonly sheet: string;
    readonly columns: Readonly<Record<string, string>>;
    readonly actions: readonly TruthAction[];
  }[];
}

const FIXTURES = path.join(__dirname, "../fixtures");
const MONTH_ABBR = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
const MMM_YY_RE = /^([A-Z][a-z]{2})-(\d{2})$/;

/** The cell as the adapter would give it: "Jan-14" display text is a real date cell. */
function inputFor(text: string): TimescaleInput {
  const m = MMM_YY_RE.exec(text);
  const month = m ? MONTH_ABBR.indexOf((m[1] ?? "").toLowerCase()) + 1 : 0;
  if (!m || month === 0) return { text };
  const iso = `20${m[2]}-${String(month).padStart(2, "0")}-01`;
  return { text, value: isoToExcelSerial(iso), numberFormat: "mmm-yy" };
}

// A table with its own start column (003's "Start date") labels the start from that column: the timescale cell
// alone then says nothing of the start.
const cases: [string, TruthAction][] = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".truth.json"))
  .sort()
  .flatMap((f) => {
    const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, f), "utf8")) as Truth;
    return truth.tables.flatMap((t) =>
      t.actions.map((a): [string, TruthAction] => [
        `${truth.workbook} ${t.sheet}!${a.row}`,
        t.columns.start === undefined ? a : { ...a, start: null },
      ])
    );
  });

describe("truth-file timescales", () => {
  it("finds the fixtures", () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it("reads every labelled timescale exactly (start, due, ongoing, cadence)", () => {
    const failures: string[] = [];
    for (const [where, a] of cases) {
      const got = parseTimescale(a.timescale === null ? { text: "" } : inputFor(a.timescale));
      expect(timescaleSchema.safeParse(got).success).toBe(true);
      const want = { start: a.start, due: a.due, ongoing: a.ongoing, cadence: a.cadence };
      const have = { start: got.start, due: got.due, ongoing: got.ongoing, cadence: got.cadence };
      if (JSON.stringify(want) !== JSON.stringify(have)) {
        failures.push(
          `${where} ${JSON.stringify(a.timescale)}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`
        );
      }
    }
    const right = cases.length - failures.length;
    console.log(
      `timescale accuracy on truth files: ${right}/${cases.length} (${((100 * right) / cases.length).toFixed(1)}%)` +
        (failures.length ? `\n${failures.join("\n")}` : "")
    );
    expect(failures).toEqual([]);
  });
});
