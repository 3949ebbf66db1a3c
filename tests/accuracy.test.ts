/**
 * Accuracy on the hand-labelled fixtures (issue 3 §7): the engine, through the .xlsx reader, against each
 * workbook's .truth.json. Prints the figures; fails when any drops below its target.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkFile } from "../src/cli/checkFile";
import { buildReport } from "../src/app/report";
import { parseConfig } from "../src/core/schema";
import { score, SCORED_CODES, type Truth } from "./support/scoreReport";

const dir = join(__dirname, "fixtures");
const truths: Truth[] = readdirSync(dir)
  .filter((f) => f.endsWith(".truth.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Truth);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

describe("accuracy on the fixture plans", () => {
  let result: ReturnType<typeof score>;

  beforeAll(async () => {
    const files = [];
    for (const t of truths) {
      const cfg = parseConfig({ asOf: t.asOf });
      if (!cfg.ok) throw new Error(cfg.error);
      files.push(await checkFile(join(dir, t.workbook), cfg.value, t.asOf));
    }
    result = score(buildReport(files, "2014-01-31"), truths);
    const f = result.flags;
    const lines = [
      `rows P ${pct(result.rows.precision)} R ${pct(result.rows.recall)} (${result.rows.tp} matched, +${result.rows.fp}, -${result.rows.fn})`,
      `columns ${pct(result.columns)}  due-month ${pct(result.dueMonth)}`,
      ...SCORED_CODES.map(
        (c) =>
          `${c.padEnd(18)} P ${pct(f[c].precision)} R ${pct(f[c].recall)} (tp ${f[c].tp}, fp ${f[c].fp}, fn ${f[c].fn})`
      ),
      ...(result.misses.length
        ? ["disagreements:", ...result.misses.slice(0, 40).map((m) => `  ${m}`)]
        : []),
    ];
    console.log(`Accuracy on ${truths.length} fixture workbooks\n${lines.join("\n")}`);
  });

  it("finds the action rows (precision and recall >= 0.98)", () => {
    expect(result.rows.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.rows.recall).toBeGreaterThanOrEqual(0.98);
  });

  it("maps the columns (>= 0.97 of the truth's)", () => {
    expect(result.columns).toBeGreaterThanOrEqual(0.97);
  });

  it("reads the due date right to the month (>= 0.95 of rows)", () => {
    expect(result.dueMonth).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    "missing-owner",
    "missing-due",
    "unparsed-date",
    "end-before-start",
    "open-ended",
  ] as const)("flags %s with precision and recall >= 0.95", (code) => {
    expect(result.flags[code].precision).toBeGreaterThanOrEqual(0.95);
    expect(result.flags[code].recall).toBeGreaterThanOrEqual(0.95);
  });
});
