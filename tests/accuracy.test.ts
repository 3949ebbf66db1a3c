/**
 * Accuracy on the hand-labelled fixtures (issue 3 §7): the engine, through the .xlsx reader, against each
 * workbook's .truth.json. Prints the figures; fails when any drops below its target.
 *
 * Two groups are scored apart (issue 13): the three original plans (000–002), held to the product's targets,
 * and the plans added since (003 onwards), from kinds the engine was not built on. The later plans are held
 * to today's measured floor only, so the engine work can raise it without this test blocking either way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkFile } from "../src/cli/checkFile";
import { buildReport } from "../src/app/report";
import { parseConfig } from "../src/core/schema";
import { score, SCORED_CODES, type Score, type Truth } from "./support/scoreReport";

const dir = join(__dirname, "fixtures");
const ORIGINAL = new Set([
  "000-southwark-priority4.xlsx",
  "001-southwark-underperforming.xlsx",
  "002-southend-sen-strategy.xlsx",
]);
const truths: Truth[] = readdirSync(dir)
  .filter((f) => f.endsWith(".truth.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Truth);
const original = truths.filter((t) => ORIGINAL.has(t.workbook));
const later = truths.filter((t) => !ORIGINAL.has(t.workbook));

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function measure(title: string, group: readonly Truth[]): Promise<Score> {
  const files = [];
  for (const t of group) {
    const cfg = parseConfig({ asOf: t.asOf });
    if (!cfg.ok) throw new Error(cfg.error);
    files.push(await checkFile(join(dir, t.workbook), cfg.value, t.asOf));
  }
  const result = score(buildReport(files, "2014-01-31"), group);
  const f = result.flags;
  const lines = [
    `tables P ${pct(result.tables.precision)} R ${pct(result.tables.recall)} (${result.tables.tp} found, +${result.tables.fp}, -${result.tables.fn})`,
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
  console.log(`${title}: ${group.length} workbooks\n${lines.join("\n")}`);
  return result;
}

describe("accuracy on the fixture plans", () => {
  let result: Score;

  beforeAll(async () => {
    expect(original).toHaveLength(ORIGINAL.size);
    result = await measure("Accuracy on the original fixture plans (000-002)", original);
  });

  it("finds the tables (precision and recall >= 0.95; all of them today)", () => {
    expect(result.tables.precision).toBeGreaterThanOrEqual(1);
    expect(result.tables.recall).toBeGreaterThanOrEqual(1);
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

/**
 * TODAY'S MEASURED FLOOR, not a target. Measured on 2026-12-02 on fixtures 003–006: before the issue 13
 * engine work rows R 9/22, columns 26/50, due month 9/22; after it (header rules, inferred action column,
 * status and timescale rules) rows P 100% R 16/22 (72.7%), columns 36/50 (72.0%), due month 16/22
 * (72.7%). Then header rules by class ("made to" → owner, "action taken or planned" → progress, a
 * qualifier after a head such as "made", "item" as a reference, the latest of several dated RAG columns
 * as the status): rows R 22/22, columns 46/50 (92.0%), due month 22/22; and an unheaded first column of
 * short codes read as the reference: columns 47/50 (94.0%); and the finest organisational unit named
 * ("Section" beside "Directorate") as the owner: columns 49/50 (98.0%). No truth row of these plans
 * carries a scored flag and the engine raises none, so every flag's precision and recall is 100%
 * (vacuously). Still missed: "Outcome" holding a tracker's status ("Actioned", "Pending") in 005.
 */
const LATER_FLOOR = {
  tablesPrecision: 1,
  tablesRecall: 1,
  rowsPrecision: 1,
  rowsRecall: 22 / 22,
  columns: 49 / 50,
  dueMonth: 22 / 22,
  flag: 1,
} as const;

describe("accuracy on the later real plans (003 onwards), held to today's floor", () => {
  let result: Score;

  beforeAll(async () => {
    expect(later.length).toBeGreaterThanOrEqual(4);
    result = await measure("Accuracy on the later real plans (003 onwards)", later);
  });

  it("finds the tables at least as well as today", () => {
    expect(result.tables.precision).toBeGreaterThanOrEqual(LATER_FLOOR.tablesPrecision);
    expect(result.tables.recall).toBeGreaterThanOrEqual(LATER_FLOOR.tablesRecall);
  });

  it("finds the action rows at least as well as today", () => {
    expect(result.rows.precision).toBeGreaterThanOrEqual(LATER_FLOOR.rowsPrecision);
    expect(result.rows.recall).toBeGreaterThanOrEqual(LATER_FLOOR.rowsRecall);
  });

  it("maps the columns at least as well as today", () => {
    expect(result.columns).toBeGreaterThanOrEqual(LATER_FLOOR.columns);
  });

  it("reads the due month at least as well as today", () => {
    expect(result.dueMonth).toBeGreaterThanOrEqual(LATER_FLOOR.dueMonth);
  });

  it.each(SCORED_CODES)("flags %s at least as well as today", (code) => {
    expect(result.flags[code].precision).toBeGreaterThanOrEqual(LATER_FLOOR.flag);
    expect(result.flags[code].recall).toBeGreaterThanOrEqual(LATER_FLOOR.flag);
  });
});
