/**
 * The checked copy of every workbook of the foreign corpus (tests/fixtures/foreign: files written by other
 * software, see MANIFEST.tsv) is verified lossless by reading the zip parts directly, and made in under
 * 10 s. It goes through the CLI's path: the .xlsx port and the pane's use cases (check, summary, snapshot).
 * Files the reader refuses (encrypted, damaged) are skipped with their reason.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsxGrid } from "../../src/adapters/xlsx/readPackage";
import { notXlsxReason } from "../../src/adapters/xlsx/sniff";
import { openXlsxWorkbook } from "../../src/adapters/xlsx/xlsxPort";
import { checkWorkbookPort } from "../../src/app/check";
import { appendSnapshot, writeSummarySheet } from "../../src/app/summary";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import { a1 } from "../../src/core/grid/a1";
import type { WorkbookGrid } from "../../src/core/grid/types";
import type { HighlightCell } from "../../src/core/highlight";
import { checkLossless } from "../support/losslessPackage";

const DIR = join(__dirname, "..", "fixtures", "foreign");
const AS_OF = "2024-03-31";
const LIMIT_MS = 10_000;

/**
 * Cells to highlight besides what the engine flags (foreign files are rarely action plans, so it flags
 * few): every 7th filled cell of every sheet and the empty cell right of it, so restyling and notes are
 * exercised on every kind of package.
 */
function extraCells(grid: WorkbookGrid): HighlightCell[] {
  const out: HighlightCell[] = [];
  for (const s of grid.sheets) {
    let n = 0;
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || n++ % 7 !== 0 || out.length > 4000) return;
        for (const col of [s.originCol + c, s.originCol + row.length]) {
          const at = { row: s.originRow + r, col };
          out.push({
            sheet: s.name,
            ...at,
            address: a1(at.row, at.col),
            severity: "warning",
            messages: [`Cell ${a1(at.row, at.col)}`],
          });
        }
      })
    );
  }
  return out;
}

async function checkedCopy(bytes: Buffer, file: string): Promise<Buffer> {
  const port = openXlsxWorkbook(bytes);
  const { report, plan } = await checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, file);
  const taken = new Set(plan.cells.map((c) => `${c.sheet}!${c.address}`));
  const extra = extraCells(await port.readGrid()).filter(
    (c) => !taken.has(`${c.sheet}!${c.address}`)
  );
  await port.applyHighlights({ cells: [...plan.cells, ...extra] });
  await writeSummarySheet(port, report, DEFAULT_CONFIG, AS_OF, `${AS_OF}T09:00:00Z`);
  await appendSnapshot(port, report, DEFAULT_CONFIG, AS_OF);
  return port.save();
}

it("writes a lossless checked copy of every corpus workbook, each within 10 s", async () => {
  const files = readdirSync(DIR)
    .filter((f) => /\.xls[xm]$/i.test(f))
    .sort();
  expect(files.length).toBeGreaterThanOrEqual(400);
  const skipped: string[] = [];
  const problems: string[] = [];
  const totals = { copies: 0, identicalParts: 0, touchedParts: 0, slowest: 0, slowestFile: "" };
  for (const file of files) {
    const bytes = readFileSync(join(DIR, file));
    const reason = notXlsxReason(bytes);
    if (reason) {
      skipped.push(`${file}: ${reason}`);
      continue;
    }
    let before: WorkbookGrid;
    try {
      before = await readXlsxGrid(bytes, { skipOwnSheets: true });
    } catch (e) {
      skipped.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    const started = Date.now();
    let copy: Buffer;
    try {
      copy = await checkedCopy(bytes, file);
    } catch (e) {
      problems.push(`${file}: the copy failed: ${(e as Error).message}`);
      continue;
    }
    const ms = Date.now() - started;
    if (ms > totals.slowest) Object.assign(totals, { slowest: ms, slowestFile: file });
    if (ms > LIMIT_MS) problems.push(`${file}: the copy took ${ms} ms`);
    const result = await checkLossless(bytes, copy);
    problems.push(...result.problems.map((p) => `${file}: ${p}`));
    totals.copies++;
    totals.identicalParts += result.identical;
    totals.touchedParts += result.touched.length;
    // the copy still reads, and its plan sheets read as the input's did
    try {
      const after = await readXlsxGrid(copy, { skipOwnSheets: true });
      const values = (g: WorkbookGrid) => g.sheets.map((s) => [s.name, s.values, s.text, s.merges]);
      if (JSON.stringify(values(after)) !== JSON.stringify(values(before)))
        problems.push(`${file}: the copy's plan sheets read differently`);
    } catch (e) {
      problems.push(`${file}: the copy cannot be read back: ${(e as Error).message}`);
    }
  }
  console.log(
    [
      `corpus checked copies: ${files.length} files, ${totals.copies} copies written and verified lossless,`,
      `${skipped.length} skipped (reader refused), ${totals.identicalParts} parts byte-identical,`,
      `${totals.touchedParts} parts patched, slowest ${totals.slowest} ms (${totals.slowestFile}),`,
      `${problems.length} problems`,
      ...skipped.map((s) => `  skipped ${s}`),
      ...problems.slice(0, 60).map((p) => `  PROBLEM ${p}`),
    ].join("\n")
  );
  expect(problems).toEqual([]);
  expect(totals.copies).toBeGreaterThan(files.length * 0.8);
}, 900_000);
