/**
 * The workbook remembers: a checked copy written by `check --out` carries the per-action snapshot as a
 * custom XML part, checking the next version carries slip counts forward, and `compare NEW` with one file
 * compares against the stored snapshot. Versions are fixture 002 edited with ExcelJS, as an officer would
 * in Excel. ExcelJS drops custom XML parts when it writes (Excel keeps them), so each edited version gets
 * the snapshot of the copy it was edited from put back through the package patcher.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookPackage } from "../../src/adapters/xlsx/package/workbookPackage";
import { comparisonSchema } from "../../src/core/compare";
import { runCli } from "../support/captureIo";
import { actionRow } from "./planEdits";
import { snapshotFromXml, type Snapshot } from "../../src/core/snapshot";

const PLAN = join(__dirname, "..", "fixtures", "002-southend-sen-strategy.xlsx");
const dir = mkdtempSync(join(tmpdir(), "apc-snapshot-"));

function storedSnapshot(path: string): Snapshot {
  const xml = new WorkbookPackage(readFileSync(path)).readSnapshot();
  const read = snapshotFromXml(xml ?? "");
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

/** The plan with action 1.1's due date set to `due`, carrying the snapshot stored in `from`. */
async function version(name: string, due: string, from: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(PLAN);
  const ws = wb.getWorksheet("Action Plan")!;
  ws.getCell(actionRow(ws, "1.1"), 4).value = due;
  const edited = new WorkbookPackage(Buffer.from(await wb.xlsx.writeBuffer()));
  edited.writeSnapshot(new WorkbookPackage(readFileSync(from)).readSnapshot() ?? "");
  const path = join(dir, name);
  writeFileSync(path, edited.toBuffer());
  return path;
}

const action11 = (s: Snapshot) => s.actions.find((a) => a.ref === "1.1");

describe("the snapshot stored by check --out", () => {
  let q1Copy: string;
  let q2: string;
  beforeAll(async () => {
    const q1 = await runCli(["check", PLAN, "--out", join(dir, "q1"), "--as-of", "2014-01-31"]);
    expect(q1.code).not.toBe(2);
    q1Copy = join(dir, "q1", "002-southend-sen-strategy.checked.xlsx");
    q2 = await version("plan-q2.xlsx", "July 2014", q1Copy);
  });

  it("is in the checked copy: one custom XML part, every action, no slips yet", () => {
    const pkg = new WorkbookPackage(readFileSync(q1Copy));
    expect(pkg.pkg.names().filter((n) => /^customXml\/item\d+\.xml$/.test(n))).toHaveLength(1);
    const snap = storedSnapshot(q1Copy);
    expect(snap.asOf).toBe("2014-01-31");
    expect(snap.actions).toHaveLength(26);
    expect(action11(snap)).toMatchObject({ due: "2014-01-31", slips: 0 });
  });

  it("compare with one file reports the slip against the stored snapshot", async () => {
    const r = await runCli(["compare", q2, "--as-of", "2014-04-30"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/snapshot of 2014-01-31 → plan-q2\.xlsx: 26 matched, 1 slipped/);
    expect(r.out).toContain("slipped 181 days: 31/01/2014 → 31/07/2014");
    expect(r.out).not.toContain("second time");
  });

  it("checking the next version counts the slip, and a second slip says so", async () => {
    const q2Check = await runCli(["check", q2, "--out", join(dir, "q2"), "--as-of", "2014-04-30"]);
    expect(q2Check.code).not.toBe(2);
    const q2Copy = join(dir, "q2", "plan-q2.checked.xlsx");
    // the previous snapshot part is replaced, not added to
    const names = new WorkbookPackage(readFileSync(q2Copy)).pkg.names();
    expect(names.filter((n) => /^customXml\/item\d+\.xml$/.test(n))).toHaveLength(1);
    const snap = storedSnapshot(q2Copy);
    expect(snap.asOf).toBe("2014-04-30");
    expect(action11(snap)).toMatchObject({ due: "2014-07-31", slips: 1 });

    const q3 = await version("plan-q3.xlsx", "October 2014", q2Copy);
    const text = await runCli(["compare", q3, "--as-of", "2014-07-31"]);
    expect(text.out).toContain("slipped 92 days: 31/07/2014 → 31/10/2014 (the second time)");
    const json = await runCli(["compare", q3, "--format", "json", "--as-of", "2014-07-31"]);
    const parsed = comparisonSchema.parse(JSON.parse(json.out));
    // ratings move with the report date too; the one date that moved is the one slip
    const changes = parsed.matched.flatMap((m) => m.changes);
    expect(changes.filter((c) => c.kind === "slipped" || c.kind === "due-earlier")).toEqual([
      { kind: "slipped", from: "2014-07-31", to: "2014-10-31", days: 92, times: 2 },
    ]);
  });

  it("a file with no snapshot gets a clear message and exit 2", async () => {
    const r = await runCli(["compare", PLAN, "--as-of", "2014-01-31"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/holds no snapshot of an earlier report.*compare OLD\.xlsx NEW\.xlsx/);
    expect(r.out).toBe("");
  });
});
