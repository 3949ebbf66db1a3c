/**
 * The CLI's worker pool (src/cli/pool.ts) through the built tool, as a person runs it: the compiled worker
 * only exists in build/, so these tests build the CLI when a source is newer than the build
 * (scripts/build-cli.js, ~20 ms when it is current) and spawn bin/action-plan-checker.js.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCliArgs } from "../src/cli/args";
import { workersFor } from "../src/cli/checkFiles";
import { reportSchema } from "../src/core/schema";

const ROOT = join(__dirname, "..");
const FIXTURES = join(__dirname, "fixtures");
const AS_OF = "2014-01-31";

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "action-plan-checker.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let fixtureNames: string[];

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], {
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build:cli failed: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), "apc-pool-"));
  fixtureNames = readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx"));
  // every fixture twice, so each worker gets several files and the order must be restored
  for (const copy of ["a", "b"]) {
    for (const n of fixtureNames) copyFileSync(join(FIXTURES, n), join(dir, `${copy}-${n}`));
  }
  writeFileSync(join(dir, "b-0-corrupt.xlsx"), "PK\u0003\u0004 not really a workbook");
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("check on worker threads", () => {
  it("gives the same report, byte for byte, as checking in-process", () => {
    const one = cli(["check", dir, "--format", "json", "--as-of", AS_OF, "--jobs", "1"]);
    const two = cli(["check", dir, "--format", "json", "--as-of", AS_OF, "--jobs", "2"]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
    const report = reportSchema.parse(JSON.parse(two.stdout));
    expect(report.workbooks.map((w) => w.file)).toEqual(readdirSync(dir).sort());
    const failed = report.workbooks.filter((w) => w.error).map((w) => w.file);
    expect(failed).toEqual(["b-0-corrupt.xlsx"]);
    expect(report.workbooks.filter((w) => w.tables.length > 0).length).toBeGreaterThan(
      fixtureNames.length
    );
  });

  it("names a corrupt file, checks the rest and exits 2", () => {
    const r = cli(["check", dir, "--as-of", AS_OF, "--jobs", "3"]);
    expect(r.code).toBe(2);
    // in the text report the unreadable file is named once, in the report itself
    expect(`${r.stdout}${r.stderr}`).toMatch(/b-0-corrupt\.xlsx: /);
    const summary = r.stdout.trimEnd().split("\n").at(-1);
    expect(summary).toMatch(
      new RegExp(`^${fixtureNames.length * 2 + 1} workbooks \\(1 unreadable\\),`)
    );
    for (const n of fixtureNames) expect(r.stdout).toContain(`b-${n}`);
  });

  it("keeps the text report and exit code of a single file (checked in-process)", () => {
    const file = join(dir, `a-${fixtureNames[0]}`);
    const pooled = cli(["check", file, "--as-of", AS_OF, "--jobs", "4"]);
    const plain = cli(["check", file, "--as-of", AS_OF]);
    expect(pooled.stdout).toBe(plain.stdout);
    expect(pooled.code).toBe(plain.code);
  });
});

describe("--jobs", () => {
  it.each([
    [["check", "x.xlsx", "--jobs", "2"], 2],
    [["check", "x.xlsx", "-j", "1"], 1],
    [["check", "x.xlsx"], undefined],
  ])("reads %j", (argv, jobs) => {
    const r = parseCliArgs(argv);
    expect(r.ok && r.value.jobs).toBe(jobs);
  });

  it.each([["0"], ["two"], ["-1"], ["1.5"]])("refuses --jobs %s", (n) => {
    const r = parseCliArgs(["check", "x.xlsx", "--jobs", n]);
    expect(r.ok).toBe(false);
  });

  it("never starts more workers than files, nor fewer than one", () => {
    expect(workersFor(200, 2)).toBe(2);
    expect(workersFor(1, 8)).toBe(1);
    expect(workersFor(0, 2)).toBe(1);
    expect(workersFor(5, 1)).toBe(1);
  });
});
