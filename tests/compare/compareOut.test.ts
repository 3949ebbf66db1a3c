/**
 * `compare OLD NEW --out DIR`: the new version's checked copy, whose summary says what moved since OLD
 * (linked to the rows), and NAME.comparison.json, the same document as --format json. Versions are
 * fixture 002 and a copy edited as an officer would (ExcelJS): action 1.1 pushed later.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookPackage } from "../../src/adapters/xlsx/package/workbookPackage";
import { comparisonSchema } from "../../src/core/compare";
import { runCli } from "../support/captureIo";
import { actionRow } from "./planEdits";
import { snapshotFromXml } from "../../src/core/snapshot";

const FIXTURES = join(__dirname, "..", "fixtures");
const PLAN = join(FIXTURES, "002-southend-sen-strategy.xlsx");
const dir = mkdtempSync(join(tmpdir(), "apc-compare-out-"));

let edited: string;
let row11 = 0;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(PLAN);
  const ws = wb.getWorksheet("Action Plan")!;
  row11 = actionRow(ws, "1.1");
  ws.getCell(row11, 4).value = "July 2014";
  edited = join(dir, "plan-q2.xlsx");
  await wb.xlsx.writeFile(edited);
});

describe("compare --out", () => {
  it("writes the new version's checked copy with the section, and the comparison JSON", async () => {
    const out = join(dir, "out");
    const r = await runCli(["compare", PLAN, edited, "--out", out, "--as-of", "2014-01-31"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/26 matched, 1 slipped/);
    const copy = join(out, "plan-q2.checked.xlsx");
    const json = join(out, "plan-q2.comparison.json");
    expect(r.err).toContain(`wrote ${copy}`);
    expect(r.err).toContain(`wrote ${json}`);

    const doc = JSON.parse(readFileSync(json, "utf8")) as Record<string, unknown>;
    expect(doc).toMatchObject({ old: "002-southend-sen-strategy.xlsx", new: "plan-q2.xlsx" });
    const parsed = comparisonSchema.parse(doc);
    expect(parsed.counts.slipped).toBe(1);

    const pkg = new WorkbookPackage(readFileSync(copy));
    const summary = pkg.workbook.sheets().find((s) => s.name === "RAG Summary")!;
    const xml = pkg.pkg.text(summary.part!)!;
    expect(xml).toContain("Compared with 002-southend-sen-strategy.xlsx: 26 actions matched");
    expect(xml).toContain("slipped 181 days: 31/01/2014 → 31/07/2014");
    expect(xml).toContain(`location="'Action Plan'!A${row11}"`);
    // the copy remembers, with the slip counted, so next quarter needs no old file
    const snap = snapshotFromXml(pkg.readSnapshot() ?? "");
    expect(snap.ok && snap.value.actions.find((a) => a.ref === "1.1")).toMatchObject({
      due: "2014-07-31",
      slips: 1,
    });
  });

  it("with one file, compares with the snapshot the copy keeps, and says so in the copy's summary", async () => {
    const first = await runCli(["check", PLAN, "--out", join(dir, "q1"), "--as-of", "2014-01-31"]);
    expect(first.code).not.toBe(2);
    const q1 = join(dir, "q1", "002-southend-sen-strategy.checked.xlsx");
    const r = await runCli(["compare", q1, "--out", join(dir, "again"), "--as-of", "2014-04-30"]);
    expect(r.code).toBe(0);
    const copy = readFileSync(join(dir, "again", "002-southend-sen-strategy.checked.xlsx"));
    const pkg = new WorkbookPackage(copy);
    const summary = pkg.workbook.sheets().find((s) => s.name === "RAG Summary")!;
    expect(pkg.pkg.text(summary.part!)).toContain(
      "Compared with the report of 31/01/2014 kept in this workbook: 26 actions matched"
    );
    const json = JSON.parse(
      readFileSync(join(dir, "again", "002-southend-sen-strategy.checked.comparison.json"), "utf8")
    ) as Record<string, unknown>;
    expect(json).toMatchObject({ old: "snapshot of 2014-01-31" });
    expect(comparisonSchema.parse(json).counts.matched).toBe(26);
  });

  it("writes nothing for two different plans, and exits 2", async () => {
    const out = join(dir, "other");
    const r = await runCli([
      "compare",
      PLAN,
      join(FIXTURES, "000-southwark-priority4.xlsx"),
      "--out",
      out,
      "--as-of",
      "2014-01-31",
    ]);
    expect(r.code).toBe(2);
    expect(existsSync(join(out, "000-southwark-priority4.checked.xlsx"))).toBe(false);
    expect(existsSync(join(out, "000-southwark-priority4.comparison.json"))).toBe(false);
  });
});
