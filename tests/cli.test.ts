import { captureIo } from "./support/captureIo";
import { mkdtempSync, writeFileSync, copyFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { reportSchema } from "../src/core/schema";

const fixtures = join(__dirname, "fixtures");
const SEN = join(fixtures, "002-southend-sen-strategy.xlsx");

describe("action-plan-checker check", () => {
  it("prints the JSON report of PRODUCT.md and exits 1 when errors are found", async () => {
    const io = captureIo();
    const code = await main(["check", SEN, "--format", "json", "--as-of", "2014-01-31"], io);
    const report = reportSchema.parse(JSON.parse(io.stdout()));
    expect(report).toMatchObject({
      tool: "action-plan-checker",
      version: "1.0.0",
      asOf: "2014-01-31",
    });
    const book = report.workbooks[0]!;
    expect(book.file).toBe("002-southend-sen-strategy.xlsx");
    expect(book.tables).toHaveLength(5);
    const first = book.tables[0]!;
    expect(first).toMatchObject({
      sheet: "Action Plan",
      headerRow: 5,
      columns: { action: "A", owner: "C", due: "D" },
    });
    expect(first.actions[0]).toMatchObject({
      row: 6,
      ref: "1.1",
      timescale: "Jan-14",
      due: "2014-01-31",
    });
    const codes = book.tables.flatMap((t) => t.actions.flatMap((a) => a.issues.map((i) => i.code)));
    expect(codes).toContain("missing-due");
    expect(code).toBe(1);
  });

  it("prints linter-style text grouped by table with one summary line", async () => {
    const io = captureIo();
    await main(["check", SEN, "--as-of", "2014-01-31"], io);
    const lines = io.stdout().trimEnd().split("\n");
    expect(
      lines.some((l) =>
        /^ {2}002-southend-sen-strategy\.xlsx › Action Plan![A-Z]+\d+ {2}error +missing-due +Action /.test(
          l
        )
      )
    ).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^1 workbook, 5 tables, 26 actions as of 2014-01-31: \d+ errors?, \d+ warnings? \| Red \d+/
    );
  });

  it("checks the other files when one cannot be read, names the bad one and exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apc-"));
    const notZip = join(dir, "notes.xlsx");
    writeFileSync(notZip, "this is not a workbook");
    const truncated = join(dir, "truncated.xlsx");
    writeFileSync(truncated, readFileSync(SEN).subarray(0, 4000));
    const old = join(dir, "old.xls");
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const empty = join(dir, "empty.xlsx");
    writeFileSync(empty, "");
    copyFileSync(SEN, join(dir, "good.xlsx"));
    const io = captureIo();
    const code = await main(
      ["check", notZip, truncated, old, empty, join(dir, "good.xlsx"), "--format", "json"],
      io
    );
    expect(code).toBe(2);
    const report = reportSchema.parse(JSON.parse(io.stdout()));
    const byFile = Object.fromEntries(report.workbooks.map((w) => [w.file, w]));
    expect(byFile["notes.xlsx"]?.error).toMatch(
      /notes\.xlsx: this is not an Excel \.xlsx workbook/
    );
    expect(byFile["truncated.xlsx"]?.error).toMatch(/^truncated\.xlsx: /);
    expect(byFile["old.xls"]?.error).toMatch(/old\.xls: .*\.xls/);
    expect(byFile["empty.xlsx"]?.error).toMatch(/empty\.xlsx: the file is empty/);
    expect(byFile["good.xlsx"]?.tables.length).toBe(5);
    expect(io.stderr()).toMatch(/notes\.xlsx/);
  });

  it.each([
    [["check"], /needs at least one file/],
    [["frobnicate", "x.xlsx"], /Unknown command/],
    [
      ["check", SEN, "--as-of", "31-Jan"],
      /--as-of: "31-Jan" is not a date: write it as 31\/01\/2014/,
    ],
    [["check", SEN, "--as-of", "2014-02-30"], /--as-of: 30 February 2014 does not exist\./],
    [["check", SEN, "--as-of", "30/02/2014"], /--as-of: 30 February 2014 does not exist\./],
    [["check", SEN, "--format", "xml"], /--format must be text or json/],
    [["rollup", SEN], /rollup needs --out/],
  ])("rejects bad usage %j with exit code 2", async (argv, message) => {
    const io = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr()).toMatch(message);
  });

  it("reports a bad configuration in words, not a stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "apc-"));
    const cfg = join(dir, "config.json");
    writeFileSync(cfg, JSON.stringify({ amberDays: -3, severity: { "missing-owner": "fatal" } }));
    const io = captureIo();
    expect(await main(["check", SEN, "--config", cfg], io)).toBe(2);
    expect(io.stderr()).toMatch(/Invalid configuration\. amberDays: .*; severity\.missing-owner: /);
    expect(io.stderr()).not.toMatch(/at .*\.ts:\d+/);
  });
});
