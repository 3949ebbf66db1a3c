import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { writeCheckedCopy } from "../../src/adapters/xlsx/writeCheckedCopy";
import { checkWorkbook, highlightPlan } from "../../src/core/engine";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import { buildSummary, historyRow, summarySheetModel } from "../../src/core/summary";
import { runs, seed } from "./support/runs";
import { randomWorkbook } from "./support/workbooks";

const FIXTURES = join(__dirname, "..", "fixtures");
const AS_OF = "2004-01-31";

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

// A helper, as office-addins lint rules take any `getCell` for Office.js.
function cellOf(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getCell(row, col);
}

/**
 * Every non-empty or merged cell of the named sheets by "Sheet!A1": type, value (a formula with its cached
 * result), formula, merged. Empty cells are left out, so a cell that only gained a fill compares equal.
 */
function cells(wb: ExcelJS.Workbook, sheets: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of sheets) {
    const ws = wb.getWorksheet(name)!;
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = cellOf(ws, r, c);
        if (cell.type === ExcelJS.ValueType.Null && !cell.isMerged) continue;
        out[`${name}!${cell.address}`] = [
          cell.type,
          cell.value,
          cell.formula ?? null,
          cell.isMerged,
        ];
      }
    }
  }
  return out;
}

function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as string | { texts?: Array<{ text: string }> } | undefined;
  if (!n) return "";
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
}

/** The whole check-and-write round the CLI does with --out --snapshot. */
async function checkedCopy(input: Buffer, file: string) {
  const grid = await readWorkbookGrid(input, { skipOwnSheets: true });
  const report = checkWorkbook(grid, DEFAULT_CONFIG, AS_OF, file);
  const summary = buildSummary(report.tables, AS_OF, { workbookIssues: report.issues });
  const output = await writeCheckedCopy(input, {
    highlights: highlightPlan(report),
    summary: summarySheetModel(summary, { generatedAt: `${AS_OF}T09:00:00Z`, file }),
    history: historyRow(summary, AS_OF),
  });
  return { grid, report, output };
}

const totals = { workbooks: 0, rounds: 0, sheets: 0, cells: 0, flagged: 0 };

/**
 * Checks `input` and writes the checked copy (highlights, summary, history row), then with `twice` checks
 * that copy again as a user re-running the check would; compares the user's sheets after each round.
 */
async function assertNothingLost(input: Buffer, file: string, twice: boolean) {
  const pristine = Buffer.from(input);
  const before = await load(input);
  const sheets = before.worksheets.map((w) => w.name);
  const expected = cells(before, sheets);
  const first = await checkedCopy(input, file);
  expect(input.equals(pristine)).toBe(true);
  const second = twice ? await checkedCopy(first.output, file) : null;

  for (const out of second ? [first.output, second.output] : [first.output]) {
    const after = await load(out);
    // the user's sheets keep their names, order and every cell; ours come after them
    expect(after.worksheets.map((w) => w.name).slice(0, sheets.length)).toEqual(sheets);
    expect(after.worksheets.length).toBe(sheets.length + 2);
    expect(cells(after, sheets)).toEqual(expected);
    for (const s of sheets) {
      const merges = (w: ExcelJS.Workbook) =>
        [...((w.getWorksheet(s)!.model.merges as string[]) ?? [])].sort();
      expect(merges(after)).toEqual(merges(before));
      // a user's own note stays, ahead of the tool's
      before.getWorksheet(s)!.eachRow((row) =>
        row.eachCell((cell) => {
          const theirs = noteText(cell);
          const now = cellOf(after.getWorksheet(s)!, Number(cell.row), Number(cell.col));
          if (theirs) expect(noteText(now)).toContain(theirs);
        })
      );
    }
  }
  if (second) {
    // checking the copy sees the same grid and finds what checking the original found
    expect(second.grid.sheets).toEqual(first.grid.sheets);
    expect(second.report.tables.map((t) => [t.key, t.actions.length])).toEqual(
      first.report.tables.map((t) => [t.key, t.actions.length])
    );
  }
  totals.workbooks++;
  totals.rounds += twice ? 2 : 1;
  totals.sheets += sheets.length;
  totals.cells += Object.keys(expected).length;
  totals.flagged += highlightPlan(first.report).cells.length;
  return first.report;
}

afterAll(() => {
  console.log(
    `nothing lost (.xlsx): ${totals.workbooks} workbooks (${totals.rounds} check-and-write rounds), ${totals.sheets} user sheets, ${totals.cells} cells compared after each round, ${totals.flagged} cells highlighted`
  );
});

describe("checked copy of every fixture", () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")))(
    "%s keeps every value and formula, through two rounds",
    async (file) => {
      await assertNothingLost(readFileSync(join(FIXTURES, file)), file, true);
    }
  );
});

describe("checked copies of generated workbooks", () => {
  const count = runs(200);
  const base = seed();

  it(`keeps every value and formula of ${count} random workbooks`, async () => {
    let withTables = 0;
    for (let i = 0; i < count; i++) {
      const n = base + i;
      const input = await randomWorkbook(n);
      try {
        // every fourth workbook also goes round twice (a check of the checked copy)
        const report = await assertNothingLost(input, `random-${n}.xlsx`, i % 4 === 0);
        if (report.tables.length > 0) withTables++;
      } catch (e) {
        throw new Error(`workbook randomWorkbook(${n}): ${(e as Error).message}`);
      }
    }
    // the generated plans must be found, or nothing would be highlighted and the test would be hollow
    expect(withTables).toBeGreaterThan(count * 0.8);
    expect(totals.flagged).toBeGreaterThan(count);
  });
});
