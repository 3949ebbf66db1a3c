// What keeps `check --format json` on a large plan under its memory target (BENCHMARKS.md, wt17-climem):
// the file's bytes not held while the engine runs, the grid's format rows shared, and one full collection
// before a large report is written.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FormatRows } from "../src/adapters/xlsx/gridRows";
import { readXlsxGrid } from "../src/adapters/xlsx/readPackage";
import { checkFile } from "../src/cli/checkFile";
import { collectBeforeWriting, COLLECT_AT_ACTIONS } from "../src/cli/collect";
import { DEFAULT_CONFIG } from "../src/core/schema/config";
import type { WorkbookReport } from "../src/core/schema/report";

const SEN = join(__dirname, "fixtures", "002-southend-sen-strategy.xlsx");

/** A stand-in report with `n` actions: collectBeforeWriting counts them and reads nothing else. */
const withActions = (n: number): WorkbookReport =>
  ({ tables: [{ actions: new Array<unknown>(n).fill({}) }] }) as unknown as WorkbookReport;

describe("checkFile", () => {
  it("keeps the file's bytes unless told not to, with the same report either way", async () => {
    const kept = await checkFile(SEN, DEFAULT_CONFIG, "2014-01-31");
    const dropped = await checkFile(SEN, DEFAULT_CONFIG, "2014-01-31", { keepBytes: false });
    expect(kept.bytes?.equals(readFileSync(SEN))).toBe(true);
    expect(dropped.bytes).toBeUndefined();
    expect(dropped.report).toEqual(kept.report);
    expect(dropped.report.tables.length).toBeGreaterThan(0);
  });
});

describe("the grid's format rows", () => {
  it("are one array for rows with the same formats, and unchanged in content", async () => {
    const grid = await readXlsxGrid(readFileSync(SEN));
    for (const sheet of grid.sheets) {
      const rows = sheet.numberFormat;
      if (rows.length < 2) continue;
      const arrays = new Set(rows);
      const patterns = new Set(rows.map((r) => r.join("|")));
      expect(arrays.size).toBe(patterns.size);
      for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    }
  });

  it("never share an array whose formats differ, and keep apart what they cannot share", () => {
    const rows = new FormatRows();
    const a = rows.shared(["General", "dd/mm/yyyy"]);
    expect(rows.shared(["General", "dd/mm/yyyy"])).toBe(a);
    const b = rows.shared(["General", "General"]);
    expect(b).not.toBe(a);
    expect(b).toEqual(["General", "General"]);
    // past the recent patterns, a pattern met again is still found by its key
    for (let i = 0; i < 40; i++) rows.shared([`f${i}`]);
    expect(rows.shared(["General", "dd/mm/yyyy"])).toBe(a);
  });
});

describe("collectBeforeWriting", () => {
  it("leaves small reports to V8", () => {
    expect(collectBeforeWriting([withActions(COLLECT_AT_ACTIONS - 1)])).toBe(false);
  });

  it("runs a full collection before a large report is written", async () => {
    let target: object | null = { big: new Array(1000).fill("x") };
    const ref = new WeakRef(target);
    target = null;
    // a WeakRef's target is kept for the rest of the job that made it
    await new Promise((resolve) => setImmediate(resolve));
    expect(collectBeforeWriting([withActions(COLLECT_AT_ACTIONS)])).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });
});
