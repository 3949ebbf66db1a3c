/**
 * Re-checking after an edit (core/engine/recheckEdit) must give exactly the report a whole check of the
 * edited workbook gives: on every fixture workbook and on a generated plan of many tables, for edits a
 * person makes (an owner blanked or changed, a status or date typed, header words typed into a data row,
 * an action cleared, a cell outside every table), byte for byte as the JSON report prints it. And it must
 * check fewer tables than the workbook has when the edit falls on one table of many.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrid } from "../src/adapters/xlsx/read";
import { generatePlan } from "../src/bench/generate";
import { createRng, type Rng } from "../src/bench/prng";
import { checkWorkbook } from "../src/core/engine";
import { detectTables } from "../src/core/detect";
import { detectOptions } from "../src/core/engine/checkWorkbook";
import { gridEdit, recheckEdit, type GridEdit } from "../src/core/engine/recheckEdit";
import { columnIndex, columnLetter } from "../src/core/grid/a1";
import type { CellValue, SheetGrid, WorkbookGrid } from "../src/core/grid/types";
import { DEFAULT_CONFIG } from "../src/core/schema/config";
import type { WorkbookReport } from "../src/core/schema/report";

const AS_OF = "2014-01-31";
const dir = join(__dirname, "fixtures");

/** The grid with one cell's value and text replaced (a number keeps the cell's format). */
function withCell(
  grid: WorkbookGrid,
  sheetName: string,
  row: number,
  col: number,
  value: CellValue
): WorkbookGrid | null {
  const sheets = grid.sheets.map((s) => {
    if (s.name !== sheetName) return s;
    const r = row - s.originRow;
    const c = col - s.originCol;
    if (r < 0 || c < 0 || r >= s.values.length || c >= (s.values[0]?.length ?? 0)) return null;
    const values = s.values.map((line, i) =>
      i === r ? line.map((v, j) => (j === c ? value : v)) : line
    );
    const text = s.text.map((line, i) =>
      i === r ? line.map((t, j) => (j === c ? (value === null ? "" : String(value)) : t)) : line
    );
    const numberFormat = s.numberFormat.map((line, i) =>
      i === r && typeof value === "string" ? line.map((f, j) => (j === c ? "General" : f)) : line
    );
    return { ...s, values, text, numberFormat } as SheetGrid;
  });
  if (sheets.some((s) => s === null)) return null;
  return { ...grid, sheets: sheets as SheetGrid[] };
}

/** Values a person might type into a cell of the table's column: another row's, blank, or something new. */
function typed(rng: Rng, t: WorkbookReport["tables"][number]): CellValue {
  const pool: CellValue[] = [null, "Complete", "Delayed", "TBC", "March", "31/12/2013", "Ongoing"];
  const a = t.actions.length ? rng.pick(t.actions) : null;
  if (a) pool.push(a.owner, a.status, a.timescale, a.update ?? null);
  // header words typed into a data row (the row may now read as a header)
  pool.push("Action", "Lead officer");
  return rng.pick(pool);
}

interface Case {
  readonly name: string;
  readonly grid: WorkbookGrid;
  readonly edit: GridEdit;
}

/** Edits on the table cells the engine reads, on header cells, and beside the tables. */
function edits(grid: WorkbookGrid, report: WorkbookReport, seed: number, n: number): Case[] {
  const rng = createRng(seed);
  const out: Case[] = [];
  for (let i = 0; i < n * 3 && out.length < n && report.tables.length > 0; i++) {
    const t = rng.pick(report.tables);
    const cols = Object.values(t.columns).map((l) => columnIndex(l));
    const rows = t.actions.map((a) => a.row);
    const kind = rng.int(0, 9);
    const row =
      kind === 0
        ? t.headerRow
        : kind === 1
          ? Math.max(...rows, t.headerRow) + 1
          : rng.pick(rows.length ? rows : [t.headerRow]);
    const col = kind === 2 ? Math.max(...cols) + 1 : rng.pick(cols);
    const value = typed(rng, t);
    const edited = withCell(grid, t.sheet, row, col, value);
    const edit = gridEdit(t.sheet, `${columnLetter(col)}${row}`);
    if (edited && edit)
      out.push({
        name: `${t.sheet}!${columnLetter(col)}${row} := ${JSON.stringify(value)}`,
        grid: edited,
        edit,
      });
  }
  return out;
}

/** The edited sheet's tables in the edited grid, as the engine detects them. */
function tablesOf(c: Case) {
  const sheet = c.grid.sheets.find((s) => s.name === c.edit.sheet) as SheetGrid;
  return detectTables(sheet, detectOptions(DEFAULT_CONFIG));
}

function expectSameAsWholeCheck(grid: WorkbookGrid, cases: readonly Case[], file: string) {
  const before = checkWorkbook(grid, DEFAULT_CONFIG, AS_OF, file);
  let partial = 0;
  for (const c of cases) {
    const whole = checkWorkbook(c.grid, DEFAULT_CONFIG, AS_OF, file);
    const re = recheckEdit(before, c.grid, c.edit, DEFAULT_CONFIG, AS_OF);
    expect({ edit: c.name, report: JSON.stringify(re.report) }).toEqual({
      edit: c.name,
      report: JSON.stringify(whole),
    });
    // the same, handed the edited sheet's tables as the Office adapter finds them while reading
    const shared = recheckEdit(before, c.grid, c.edit, DEFAULT_CONFIG, AS_OF, tablesOf(c));
    expect({ edit: c.name, report: JSON.stringify(shared.report) }).toEqual({
      edit: c.name,
      report: JSON.stringify(whole),
    });
    if (re.tablesChecked !== null && re.tablesChecked < whole.tables.length) partial++;
  }
  return partial;
}

const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();

describe("recheckEdit gives the whole check's report", () => {
  test.each(fixtures)("%s: 30 edits", async (f) => {
    const grid = await readWorkbookGrid(readFileSync(join(dir, f)));
    const before = checkWorkbook(grid, DEFAULT_CONFIG, AS_OF, f);
    expectSameAsWholeCheck(grid, edits(grid, before, f.length * 7919, 30), f);
  });

  test("a generated plan of many tables: 40 edits, most re-checking part of it", () => {
    const plan = generatePlan(1_000, 11);
    const before = checkWorkbook(plan.grid, DEFAULT_CONFIG, AS_OF, "plan.xlsx");
    expect(before.tables.length).toBeGreaterThan(5);
    const partial = expectSameAsWholeCheck(plan.grid, edits(plan.grid, before, 5, 40), "plan.xlsx");
    expect(partial).toBeGreaterThan(20);
  });
});

describe("recheckEdit checks only what the edit touched", () => {
  const plan = generatePlan(1_000, 11);
  const before = checkWorkbook(plan.grid, DEFAULT_CONFIG, AS_OF, "plan.xlsx");

  test("an owner blanked re-checks its own table, and the action loses its owner", () => {
    const t = before.tables[3] as WorkbookReport["tables"][number];
    const a = t.actions.find((x) => x.owner !== null);
    if (!a || !t.columns.owner) throw new Error("the generated table has no owned action");
    const col = columnIndex(t.columns.owner);
    const grid = withCell(plan.grid, t.sheet, a.row, col, null) as WorkbookGrid;
    const re = recheckEdit(
      before,
      grid,
      gridEdit(t.sheet, `${t.columns.owner}${a.row}`) as GridEdit,
      DEFAULT_CONFIG,
      AS_OF
    );
    expect(re.tablesChecked).toBeGreaterThanOrEqual(1);
    expect(re.tablesChecked).toBeLessThan(before.tables.length);
    const after = re.report.tables[3]?.actions.find((x) => x.row === a.row);
    expect(after?.owner).toBeNull();
    expect(after?.issues.map((i) => i.code)).toContain("missing-owner");
    // the other tables are the previous report's own objects
    expect(re.report.tables[0]).toBe(before.tables[0]);
  });

  test("it trusts the tables it is handed: those of the sheet before a header edit give another report", () => {
    const t = before.tables[2] as WorkbookReport["tables"][number];
    if (!t.columns.owner) throw new Error("the generated table has no owner column");
    const col = columnIndex(t.columns.owner);
    const grid = withCell(plan.grid, t.sheet, t.headerRow, col, "Notes") as WorkbookGrid;
    const edit = gridEdit(t.sheet, `${t.columns.owner}${t.headerRow}`) as GridEdit;
    const whole = JSON.stringify(checkWorkbook(grid, DEFAULT_CONFIG, AS_OF, "plan.xlsx"));
    const stale = tablesOf({ name: "before", grid: plan.grid, edit });
    const fresh = tablesOf({ name: "after", grid, edit });
    expect(
      JSON.stringify(recheckEdit(before, grid, edit, DEFAULT_CONFIG, AS_OF, fresh).report)
    ).toBe(whole);
    expect(
      JSON.stringify(recheckEdit(before, grid, edit, DEFAULT_CONFIG, AS_OF, stale).report)
    ).not.toBe(whole);
  });

  test("an edit outside every table re-checks none", () => {
    const s = plan.grid.sheets[0] as SheetGrid;
    const last = s.originRow + s.values.length - 1;
    const grid = withCell(plan.grid, s.name, last, s.originCol, "a note") as WorkbookGrid;
    const re = recheckEdit(
      before,
      grid,
      gridEdit(s.name, `A${last}`) as GridEdit,
      DEFAULT_CONFIG,
      AS_OF
    );
    expect(JSON.stringify(re.report)).toBe(
      JSON.stringify(checkWorkbook(grid, DEFAULT_CONFIG, AS_OF, "plan.xlsx"))
    );
  });

  test("gridEdit reads addresses and ranges, and refuses what is not one", () => {
    expect(gridEdit("S", "B7")).toEqual({
      sheet: "S",
      range: { top: 7, left: 2, bottom: 7, right: 2 },
    });
    expect(gridEdit("S", "$D$9:B7")).toEqual({
      sheet: "S",
      range: { top: 7, left: 2, bottom: 9, right: 4 },
    });
    expect(gridEdit("S", "not a cell")).toBeNull();
  });
});
