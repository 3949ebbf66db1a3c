/**
 * `compare OLD NEW` on real files: fixture 002 and a copy an officer edited in Excel's place (ExcelJS here),
 * a date pushed later and an owner renamed; two unrelated plans and an unreadable file exit 2.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCompare } from "../../src/cli/compare";
import { comparisonSchema } from "../../src/core/compare";
import { parseConfig } from "../../src/core/schema";
import { actionRow } from "./planEdits";

const FIXTURES = join(__dirname, "..", "fixtures");
const PLAN = join(FIXTURES, "002-southend-sen-strategy.xlsx");
const asOf = "2014-01-31";
const config = (() => {
  const c = parseConfig({ asOf });
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

let edited: string;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(PLAN);
  const ws = wb.getWorksheet("Action Plan")!;
  const row = actionRow(ws, "1.1");
  ws.getCell(row, 4).value = "July 2014";
  ws.getCell(row, 3).value = "Head of SEND";
  edited = join(mkdtempSync(join(tmpdir(), "apc-compare-")), "plan-q2.xlsx");
  await wb.xlsx.writeFile(edited);
});

describe("action-plan-checker compare", () => {
  it("prints what moved, in words", async () => {
    const c = capture();
    expect(await runCompare(PLAN, edited, { format: "text", config, asOf }, c.io)).toBe(0);
    const text = c.out.join("");
    expect(text).toMatch(/002-southend-sen-strategy\.xlsx → plan-q2\.xlsx: 26 matched, 1 slipped/);
    expect(text).toContain("slipped 181 days: 31/01/2014 → 31/07/2014");
    expect(text).toMatch(/owner ".+" → "Head of SEND"/);
    expect(c.err).toEqual([]);
  });

  it("writes JSON that the documented schema accepts", async () => {
    const c = capture();
    expect(await runCompare(PLAN, edited, { format: "json", config, asOf }, c.io)).toBe(0);
    const doc = JSON.parse(c.out.join("")) as Record<string, unknown>;
    expect(doc).toMatchObject({
      tool: "action-plan-checker",
      old: "002-southend-sen-strategy.xlsx",
      new: "plan-q2.xlsx",
    });
    const parsed = comparisonSchema.safeParse(doc);
    expect(parsed.success).toBe(true);
    const slipped = parsed.data?.matched
      .flatMap((m) => m.changes)
      .filter((ch) => ch.kind === "slipped");
    expect(slipped).toEqual([
      { kind: "slipped", from: "2014-01-31", to: "2014-07-31", days: 181, times: 1 },
    ]);
  });

  it("refuses two different plans with a clear message and exit 2", async () => {
    const c = capture();
    const other = join(FIXTURES, "000-southwark-priority4.xlsx");
    expect(await runCompare(PLAN, other, { format: "text", config, asOf }, c.io)).toBe(2);
    expect(c.err.join("")).toMatch(
      /do not look like two versions of one plan \(\d+ of \d+ actions matched\)/
    );
    expect(c.out).toEqual([]);
  });

  it("names an unreadable file once and exits 2", async () => {
    const bad = join(mkdtempSync(join(tmpdir(), "apc-compare-")), "broken.xlsx");
    writeFileSync(bad, "not a workbook");
    const c = capture();
    expect(await runCompare(bad, PLAN, { format: "text", config, asOf }, c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/^action-plan-checker: broken\.xlsx: /);
  });
});
