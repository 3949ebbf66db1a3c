import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import * as readPackage from "../src/adapters/xlsx/readPackage";
import { main, type Io } from "../src/cli/main";

const fixtures = join(__dirname, "fixtures");
const quiet: Io = { out: () => undefined, err: () => undefined, errIsTty: false };
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("check --out and rollup", () => {
  it("writes a checked copy with the summary and history, leaving the input byte-for-byte unchanged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apc-out-"));
    const input = join(dir, "plan.xlsx");
    copyFileSync(join(fixtures, "001-southwark-underperforming.xlsx"), input);
    const before = sha(input);
    const out = join(dir, "out");
    await main(["check", input, "--out", out, "--as-of", "2003-01-31", "--snapshot"], quiet);
    expect(sha(input)).toBe(before);
    const copy = join(out, "plan.checked.xlsx");
    expect(existsSync(copy)).toBe(true);
    expect(await sheetNames(copy)).toEqual(["KS2", "KS3", "RAG Summary", "RAG History"]);

    // checking the checked copy again replaces the tool's own summary and adds a second history row
    const again = join(dir, "again");
    await main(["check", copy, "--out", again, "--as-of", "2003-04-30", "--snapshot"], quiet);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(again, "plan.checked.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["KS2", "KS3", "RAG Summary", "RAG History"]);
    const history = wb.getWorksheet("RAG History")!;
    const dated = history
      .getColumn(1)
      .values.filter((v) => v instanceof Date || typeof v === "number");
    expect(dated).toHaveLength(2);
  });

  it("reads and rates a workbook once for its report and its copy: the copy shows the printed report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apc-once-"));
    const input = join(dir, "plan.xlsx");
    copyFileSync(join(fixtures, "001-southwark-underperforming.xlsx"), input);
    const reads = jest.spyOn(readPackage, "readXlsxGrid");
    let printed = "";
    const io: Io = { out: (s) => (printed += s), err: () => undefined, errIsTty: false };
    try {
      await main(
        ["check", input, "--out", join(dir, "out"), "--as-of", "2003-01-31", "--format", "json"],
        io
      );
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
    const report = JSON.parse(printed) as {
      workbooks: Array<{ tables: Array<{ actions: unknown[] }> }>;
    };
    const actions = report.workbooks[0]!.tables.reduce((n, t) => n + t.actions.length, 0);
    expect(actions).toBeGreaterThan(0);
    // the copy's summary counts the same actions as the report printed
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out", "plan.checked.xlsx"));
    const summary = wb.getWorksheet("RAG Summary")!;
    const cells: string[] = [];
    summary.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells.join(" ")).toContain(String(actions));
  });

  it("rolls several plans up into one workbook, still listing an unreadable one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apc-rollup-"));
    const rollup = join(dir, "rollup.xlsx");
    const code = await main(
      ["rollup", fixtures, join(dir, "missing.xlsx"), "--out", rollup, "--as-of", "2014-01-31"],
      quiet
    );
    expect(code).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(rollup);
    const sheet = wb.worksheets[0]!;
    const files: string[] = [];
    sheet.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === "string" && /\.xlsx$/.test(v)) files.push(v);
    });
    expect(files).toEqual([
      "000-southwark-priority4.xlsx",
      "001-southwark-underperforming.xlsx",
      "002-southend-sen-strategy.xlsx",
      "003-york-send-wsoa.xlsx",
      "004-bracknell-council-plan.xlsx",
      "005-iow-select-committee-tracker.xlsx",
      "006-trust-board-actions.xlsx",
      "missing.xlsx",
    ]);
  });
});
