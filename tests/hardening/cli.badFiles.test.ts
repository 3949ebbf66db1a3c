import { captureIo } from "../support/captureIo";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { refArea, XLSX_LIMITS } from "../../src/adapters/xlsx/limits";
import { xlsxSizeProblem } from "../../src/adapters/xlsx/limitsScan";
import { reportSchema } from "../../src/core/schema";
import {
  compoundFile,
  emptySheetWorkbook,
  noSheetWorkbook,
  patchSheet,
  restateSize,
  smallPlan,
} from "./support/craft";

const FIXTURES = join(__dirname, "..", "fixtures");
const SEN = readFileSync(join(FIXTURES, "002-southend-sen-strategy.xlsx"));

async function otherZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("hello.txt", "not a workbook, just a zip");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const mergeCells = (refs: readonly string[]) => (xml: string) =>
  xml.replace(
    "</sheetData>",
    `</sheetData><mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`
  );

/** Each bad file: how it is made, and what its message must say after "name.xlsx: ". */
const BAD: ReadonlyArray<[string, () => Promise<Buffer> | Buffer, RegExp]> = [
  [
    "notes.xlsx",
    () => Buffer.from("Minutes of the SEN board, not a workbook"),
    /this is not an Excel \.xlsx workbook/,
  ],
  ["empty-file.xlsx", () => Buffer.alloc(0), /the file is empty/],
  [
    "truncated.xlsx",
    () => SEN.subarray(0, Math.floor(SEN.length / 2)),
    /not a readable \.xlsx workbook/,
  ],
  ["header-only.xlsx", () => SEN.subarray(0, 40), /not a readable \.xlsx workbook/],
  [
    "old.xls",
    () => compoundFile(["Workbook", "SummaryInformation"]),
    /old Excel 97-2003 \(\.xls\) workbook.*save it as \.xlsx/,
  ],
  [
    "locked.xlsx",
    () => compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
    /password-protected \(encrypted\).*Remove the password/,
  ],
  ["no-sheets.xlsx", noSheetWorkbook, /no worksheets/],
  ["archive.xlsx", otherZip, /not a readable \.xlsx workbook/],
  [
    "huge-size.xlsx",
    async () => restateSize(await smallPlan(), "xl/worksheets/sheet1.xml", 350_000_000),
    /too large to check: its sheets expand to 35\d MB; the limit is 200 MB/,
  ],
  [
    "zip-bomb.xlsx",
    async () => restateSize(await smallPlan(), "xl/worksheets/sheet1.xml", 100),
    /damaged: its part xl\/worksheets\/sheet1\.xml expands beyond the size the zip states/,
  ],
  [
    "merge-bomb.xlsx",
    async () => patchSheet(await smallPlan(), mergeCells(["E1:Z2000000"])),
    /too large to check: its merged areas cover 44,000,000 cells; the limit is 2,000,000/,
  ],
  [
    "many-merges.xlsx",
    async () =>
      patchSheet(
        await smallPlan(),
        mergeCells(Array.from({ length: 10_001 }, (_x, i) => `F${i * 2 + 1}:G${i * 2 + 1}`))
      ),
    /too large to check: sheet "Plan" has 10,001 merged areas; the limit is 10,000/,
  ],
  [
    "stray-cell.xlsx",
    async () =>
      patchSheet(await smallPlan(), (x) =>
        x.replace(
          "</sheetData>",
          '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
        )
      ),
    /too large to check: sheet "Plan" uses 1,048,576 rows × 16,384 columns \([\d,]+ cells\); the limit is 20,000,000 cells/,
  ],
];

describe("bad files in a CLI batch", () => {
  let dir: string;
  // the last is a small plan whose <dimension> claims 52 million cells (Gnumeric writes A1:XFD1048576):
  // the reader sizes the grid by the cells it reads, so Excel's file is read like any other
  const good = [
    "002-southend-sen-strategy.xlsx",
    "small-plan.xlsx",
    "blank-sheet.xlsx",
    "huge-dimension.xlsx",
  ];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "apc-bad-"));
    for (const [name, make] of BAD) writeFileSync(join(dir, name), await make());
    writeFileSync(join(dir, good[0]!), SEN);
    writeFileSync(join(dir, good[1]!), await smallPlan());
    writeFileSync(join(dir, good[2]!), await emptySheetWorkbook());
    const hugeDimension = patchSheet(await smallPlan(), (x) =>
      x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z2000000"/>')
    );
    writeFileSync(join(dir, good[3]!), await hugeDimension);
  });

  it("reports every bad file by name with exit code 2 and still checks the good ones", async () => {
    const io = captureIo();
    const files = [...BAD.map(([n]) => join(dir, n)), ...good.map((g) => join(dir, g))];
    const started = Date.now();
    const code = await main(["check", ...files, "--format", "json", "--as-of", "2014-01-31"], io);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `CLI batch of ${files.length} files (${BAD.length} bad) checked in ${seconds.toFixed(1)} s`
    );
    expect(code).toBe(2);
    const report = reportSchema.parse(JSON.parse(io.stdout()));
    const byFile = new Map(report.workbooks.map((w) => [w.file, w]));
    for (const [name, , message] of BAD) {
      const book = byFile.get(name);
      expect([name, book?.error]).toEqual([
        name,
        expect.stringMatching(new RegExp(`^${name.replace(/\./g, "\\.")}: `)),
      ]);
      expect([name, book?.error]).toEqual([name, expect.stringMatching(message)]);
      expect(book?.tables).toEqual([]);
      expect(io.stderr()).toContain(`${name}: `);
    }
    expect(byFile.get(good[0]!)?.tables).toHaveLength(5);
    expect(byFile.get(good[1]!)?.tables[0]?.actions).toHaveLength(3);
    expect(byFile.get(good[2]!)).toMatchObject({ tables: [], issues: [] });
    expect(byFile.get(good[2]!)?.error).toBeUndefined();
    expect(byFile.get(good[3]!)?.tables[0]?.actions).toHaveLength(3);
    // no stack traces, and the guards answer quickly instead of running out of memory
    expect(io.stderr()).not.toMatch(/\s+at .+:\d+:\d+/);
    expect(seconds).toBeLessThan(30);
  });

  it("prints each unreadable file as an error line in text output", async () => {
    const io = captureIo();
    const code = await main(
      ["check", join(dir, "huge-size.xlsx"), join(dir, "small-plan.xlsx")],
      io
    );
    expect(code).toBe(2);
    expect(io.stdout()).toMatch(
      /huge-size\.xlsx {2}error {2}unreadable {2}huge-size\.xlsx: this workbook is too large to check/
    );
    expect(io.stdout()).toMatch(/2 workbooks \(1 unreadable\)/);
  });

  it("treats a workbook with sheets but no action table as a warning, not an error", async () => {
    const io = captureIo();
    const code = await main(["check", join(dir, "blank-sheet.xlsx"), "--as-of", "2014-01-31"], io);
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(
      /blank-sheet\.xlsx {2}warning {2}no-plan {2}No action table was found/
    );
    expect(io.stderr()).toBe("");
  });

  it("writes no checked copy for a bad file, and one for each good file", async () => {
    const io = captureIo();
    const out = join(dir, "out");
    const code = await main(
      ["check", join(dir, "merge-bomb.xlsx"), join(dir, "small-plan.xlsx"), "--out", out],
      io
    );
    expect(code).toBe(2);
    expect(io.stderr()).toMatch(/wrote .*small-plan\.checked\.xlsx/);
    expect(io.stderr()).not.toMatch(/wrote .*merge-bomb/);
  });

  it("does not read its own summary sheet as a plan when a checked copy is checked again", async () => {
    const out = join(dir, "again");
    await main(["check", join(dir, good[0]!), "--out", out, "--snapshot"], captureIo());
    const io = captureIo();
    await main(
      ["check", join(out, "002-southend-sen-strategy.checked.xlsx"), "--format", "json"],
      io
    );
    const book = reportSchema.parse(JSON.parse(io.stdout())).workbooks[0]!;
    expect(book.tables.map((t) => t.sheet)).toEqual(Array(5).fill("Action Plan"));
  });
});

describe("xlsxSizeProblem", () => {
  it.each([
    "000-southwark-priority4",
    "001-southwark-underperforming",
    "002-southend-sen-strategy",
  ])("lets the fixture %s through", async (name) => {
    expect(await xlsxSizeProblem(readFileSync(join(FIXTURES, `${name}.xlsx`)))).toBeNull();
  });

  it("measures what the parts really expand to, against the limit it is given", async () => {
    const problem = await xlsxSizeProblem(SEN, { ...XLSX_LIMITS, sheetBytes: 1000 });
    expect(problem).toMatch(
      /^this workbook is too large to check: its sheets expand to \d+ MB; the limit is 1 MB\.$/
    );
    expect(await xlsxSizeProblem(SEN, { ...XLSX_LIMITS, packageBytes: 1000 })).toMatch(
      /its contents expand to/
    );
    expect(await xlsxSizeProblem(SEN, { ...XLSX_LIMITS, mergedCells: 1 })).toMatch(
      /its merged areas cover \d+ cells; the limit is 1\./
    );
  });

  it("leaves a file that is not a zip to the reader's own message", async () => {
    expect(await xlsxSizeProblem(Buffer.from("hello"))).toBeNull();
  });

  it.each([
    ["A1", { rows: 1, cols: 1 }],
    ["A1:Z2000000", { rows: 2_000_000, cols: 26 }],
    ["$B$3:$A$1", { rows: 3, cols: 2 }],
    ["A1:XFD1048576", { rows: 1_048_576, cols: 16_384 }],
    ["not a ref", null],
  ])("reads the area of %s", (ref, area) => {
    expect(refArea(ref)).toEqual(area);
  });
});
