// The foreign corpus as a test: 405 .xlsx files written by other software (Apache POI, PhpSpreadsheet,
// ClosedXML, XlsxWriter, calamine, excelize, SheetJS, readxl, xlsx-populate, ExcelJS; sources and
// licences in tests/fixtures/foreign/MANIFEST.tsv). Every file goes through the package reader and the
// CLI's check path: each finishes within 10 s and bounded memory, never with a stack trace, and every
// workbook Excel opens is read. Only the files below are refused, each for the reason given.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsxGrid } from "../../src/adapters/xlsx/readPackage";
import { checkFile } from "../../src/cli/checkFile";
import { totals } from "../../src/cli/formatText";
import { buildReport, main } from "../../src/cli/main";
import { DEFAULT_CONFIG, reportSchema } from "../../src/core/schema";
import { captureIo } from "../support/captureIo";

const DIR = join(__dirname, "..", "fixtures", "foreign");
const FILES = readdirSync(DIR)
  .filter((n) => /\.xls[xm]$/i.test(n))
  .sort();

/** Files Excel itself will not open, and the start of the sentence the CLI must give for each. */
const EXPECTED_REFUSALS: Readonly<Record<string, RegExp>> = {
  // encrypted with a password: an OLE compound file holding an EncryptedPackage stream
  "excelize__test_encryptAES.xlsx": /password-protected \(encrypted\)/,
  "excelize__test_encryptSHA512.xlsx": /password-protected \(encrypted\)/,
  "poi__test-data_poifs_60320-protected.xlsx": /password-protected \(encrypted\)/,
  "poi__test-data_poifs_extenxls_pwd123.xlsx": /password-protected \(encrypted\)/,
  "xlsx-populate__examples_encryption_in.xlsx": /password-protected \(encrypted\)/,
  // the deflate stream of xl/_rels/workbook.xml.rels is corrupt (it inflates to garbage, past its size)
  "calamine__tests_issue252.xlsx": /damaged: its part xl\/_rels\/workbook\.xml\.rels/,
  // <sheets></sheets>: a workbook without a sheet, which Excel never writes and will not open
  "excelize__test_BadWorkbook.xlsx": /no worksheets/,
  // a zip of two parts with no workbook.xml and no [Content_Types].xml
  "exceljs__spec_integration_data_missing-bits.xlsx": /no workbook part/,
  // fuzzer output (POI's clusterfuzz cases): the zip directory itself is cut or overwritten
  "poi__test-data_spreadsheet_clusterfuzz-testcase-minimized-POIXSSFFuzzer-4828727001088000.xlsx":
    /not a readable \.xlsx workbook \(its directory is damaged\)/,
  "poi__test-data_spreadsheet_clusterfuzz-testcase-minimized-POIXSSFFuzzer-5185049589579776.xlsx":
    /not a readable \.xlsx workbook \(its directory is damaged\)/,
  "poi__test-data_spreadsheet_clusterfuzz-testcase-minimized-POIXSSFFuzzer-6123461607817216.xlsx":
    /not a readable \.xlsx workbook \(it is not a complete zip package\)/,
  "poi__test-data_spreadsheet_clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6504225896792064.xlsx":
    /not a readable \.xlsx workbook \(its directory is damaged\)/,
  "poi__test-data_spreadsheet_clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6594557414080512.xlsx":
    /not a readable \.xlsx workbook \(it is not a complete zip package\)/,
};

const MAX_MS = 10_000;
const MAX_MB = 300;
const MB = 1024 * 1024;

interface Outcome {
  readonly file: string;
  readonly ms: number;
  readonly rssMB: number;
  readonly error: string | undefined;
  /** What the CLI exits with for this file alone: 2 unreadable, 1 errors found, 0 otherwise. */
  readonly exit: number;
}

const outcomes: Outcome[] = [];

beforeAll(async () => {
  for (const file of FILES) {
    // growth, not the total: under the full suite a jest worker carries earlier test files' memory
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const checked = await checkFile(join(DIR, file), DEFAULT_CONFIG, "2024-01-31");
    const ms = performance.now() - started;
    const { report } = checked;
    const t = totals(buildReport([checked], "2024-01-31"));
    outcomes.push({
      file,
      ms,
      rssMB: Math.max(0, process.memoryUsage().rss - rssBefore) / MB,
      error: report.error,
      exit: t.unreadable > 0 ? 2 : t.errors > 0 ? 1 : 0,
    });
  }
  const refused = outcomes.filter((o) => o.error).length;
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms)[0];
  console.log(
    `corpus: ${FILES.length} files, ${FILES.length - refused} read, ${refused} refused ` +
      `(${Object.keys(EXPECTED_REFUSALS).length} expected); exit 0/1/2: ` +
      [0, 1, 2].map((c) => outcomes.filter((o) => o.exit === c).length).join("/") +
      `; slowest ${slowest?.file} ${slowest?.ms.toFixed(0)} ms; ` +
      `largest RSS growth on one file ${Math.max(...outcomes.map((o) => o.rssMB)).toFixed(0)} MB`
  );
}, 120_000);

describe("the foreign corpus", () => {
  it("holds the 405 files of the manifest", () => {
    const manifest = readFileSync(join(DIR, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1);
    expect(FILES).toHaveLength(405);
    expect(manifest.map((l) => l.split("\t")[0]).sort()).toEqual(FILES);
  });

  it("reads every workbook Excel opens, and refuses only the expected ones with their reason", () => {
    const refused = Object.fromEntries(
      outcomes.filter((o) => o.error).map((o) => [o.file, o.error])
    );
    expect(Object.keys(refused).sort()).toEqual(Object.keys(EXPECTED_REFUSALS).sort());
    for (const [file, reason] of Object.entries(EXPECTED_REFUSALS)) {
      expect([file, refused[file]]).toEqual([file, expect.stringMatching(reason)]);
      expect(refused[file]).toMatch(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `)
      );
    }
  });

  it("checks each file within 10 s and 300 MB", () => {
    const over = outcomes.filter((o) => o.ms > MAX_MS || o.rssMB > MAX_MB);
    expect(over.map((o) => `${o.file} ${o.ms.toFixed(0)} ms ${o.rssMB.toFixed(0)} MB`)).toEqual([]);
  });

  it("gives every file exit 0, 1 or 2 and prints no stack trace for the whole folder", async () => {
    expect(outcomes.every((o) => [0, 1, 2].includes(o.exit))).toBe(true);
    const io = captureIo();
    const code = await main(["check", DIR, "--format", "json", "--as-of", "2024-01-31"], io);
    expect(code).toBe(2);
    const report = reportSchema.parse(JSON.parse(io.stdout()));
    expect(report.workbooks).toHaveLength(FILES.length);
    // the report printed is the engine's objects (buildReport keeps them): exactly what zod gives back
    expect(io.stdout()).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(io.stderr()).not.toMatch(/\s+at .+:\d+:\d+/);
    expect(io.stderr()).not.toMatch(/TypeError|RangeError|ReferenceError/);
  }, 120_000);

  it("reads the grids straight from the package: every read file has at least one sheet", async () => {
    const read = outcomes.filter((o) => !o.error).map((o) => o.file);
    for (const file of read) {
      const grid = await readXlsxGrid(readFileSync(join(DIR, file)));
      expect([file, grid.sheets.length > 0]).toEqual([file, true]);
    }
  }, 120_000);
});
