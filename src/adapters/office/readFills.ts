import { eachTable } from "../../core/detect";
import { withOwnFills } from "../../core/detect/fills";
import type { DetectedTable, DetectOptions } from "../../core/detect/types";
import type { CellFill, SheetGrid, WorkbookGrid } from "../../core/grid/types";
import type { ExcelRun, IsSetSupported } from "./host";

/**
 * Cells whose fills one read asks for, at most: getCellProperties answers about 60 bytes a cell, so this
 * stays well under Excel on the web's 5 MB response. A workbook with more blank status cells is rated by
 * its words and dates only.
 */
export const MAX_FILL_CELLS = 40_000;

/** A run of one column's cells: `rows` cells from `top`. */
interface Run {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly rows: number;
}

/** How the fills step reads tables: without the user's corrections, only the status cells. */
const FILL_DETECT: DetectOptions = { cellFields: ["status"] };

/**
 * The cells whose colour can rate an action: each blank status cell, and the action cell beside it (a fill
 * shared with the action cell is the row's banding, not a rating). Runs of consecutive rows are one range.
 */
function wantedRuns(sheet: string, tables: Iterable<DetectedTable>): Run[] {
  const runs: Run[] = [];
  for (const t of tables) {
    const statusCol = t.columns.status;
    if (statusCol === undefined) continue;
    const actionCol = t.columns.action ?? t.firstCol;
    const blank = t.rows
      .filter((r) => r.cells.status?.text === "")
      .map((r) => r.cells.status?.row ?? r.row);
    for (const col of actionCol === statusCol ? [statusCol] : [statusCol, actionCol]) {
      let start = -1;
      let prev = -1;
      for (const row of [...blank, Infinity]) {
        if (row === prev + 1) {
          prev = row;
          continue;
        }
        if (start !== -1) runs.push({ sheet, col, top: start, rows: prev - start + 1 });
        start = row;
        prev = row;
      }
    }
  }
  return runs;
}

interface FillProps {
  readonly format?: {
    readonly fill?: { readonly color?: string | null; readonly pattern?: string };
  };
}

/** A read grid with the tables found on the way (see `readStatusFills`). */
export interface FilledGrid {
  readonly grid: WorkbookGrid;
  /** Each sheet's tables as `detect` finds them in `grid` (its fills included); empty without `detect`. */
  readonly tables: ReadonlyMap<string, readonly DetectedTable[]>;
}

/**
 * A sheet's tables as `detect` finds them (null without it), and the tables whose blank status cells are
 * read: the same ones, unless a correction of the user's falls on this sheet (the fills read stay what a
 * read without `detect` reads, so the grid does not depend on who asked).
 */
function tablesOf(
  sheet: SheetGrid,
  detect: DetectOptions | undefined,
  fillsReadable: boolean
): { tables: DetectedTable[] | null; runs: Run[] } {
  if (!detect) return { tables: null, runs: wantedRuns(sheet.name, eachTable(sheet, FILL_DETECT)) };
  const tables = [...eachTable(sheet, detect)];
  if (!fillsReadable) return { tables, runs: [] };
  const corrected = Object.keys(detect.overrides ?? {}).some((k) => k.startsWith(`${sheet.name}!`));
  const forFills = corrected ? eachTable(sheet, FILL_DETECT) : tables;
  return { tables, runs: wantedRuns(sheet.name, forFills) };
}

/**
 * Adds to the grid the fills of blank status cells (and their action cells), which the engine reads as a
 * rating when a council shows RAG only as colour. One extra sync, only for tables that have a status column
 * with a blank cell, and only where Excel has `getCellProperties` (ExcelApi 1.9). With `detect`, also
 * hands back the tables found to know which cells those are, as `detect` finds them in the grid returned:
 * whoever checks the grid next need not find them again.
 */
export async function readStatusFills(
  run: ExcelRun,
  grid: WorkbookGrid,
  isSetSupported: IsSetSupported,
  detect?: DetectOptions
): Promise<FilledGrid> {
  const tables = new Map<string, readonly DetectedTable[]>();
  const supported = isSetSupported("ExcelApi", "1.9");
  if (!supported && !detect) return { grid, tables };
  const runs: Run[] = [];
  for (const s of grid.sheets) {
    const found = tablesOf(s, detect, supported);
    if (found.tables) tables.set(s.name, found.tables);
    runs.push(...found.runs);
  }
  const cells = runs.reduce((n, r) => n + r.rows, 0);
  if (!supported || runs.length === 0 || cells > MAX_FILL_CELLS) {
    return { grid, tables };
  }
  const found = await readFills(run, runs);
  const sheets = grid.sheets.map((s) => {
    const fills = found.get(s.name);
    if (!fills) return s;
    const filled = { ...s, fills };
    const before = tables.get(s.name);
    if (before) tables.set(s.name, withOwnFills(before, filled));
    return filled;
  });
  return { grid: { sheets }, tables };
}

/** `readStatusFills`' grid. */
export async function withStatusFills(
  run: ExcelRun,
  grid: WorkbookGrid,
  isSetSupported: IsSetSupported
): Promise<WorkbookGrid> {
  return (await readStatusFills(run, grid, isSetSupported)).grid;
}

/** The solid fills of the runs' cells, by sheet: one sync. */
function readFills(run: ExcelRun, runs: readonly Run[]): Promise<Map<string, CellFill[]>> {
  return run(async (context) => {
    const queued = runs.map((r) => ({
      run: r,
      props: context.workbook.worksheets
        .getItem(r.sheet)
        .getRangeByIndexes(r.top - 1, r.col - 1, r.rows, 1)
        .getCellProperties({ format: { fill: { color: true, pattern: true } } }),
    }));
    await context.sync();
    const bySheet = new Map<string, CellFill[]>();
    for (const { run: r, props } of queued) {
      (props.value as FillProps[][]).forEach((line, i) => {
        const fill = line[0]?.format?.fill;
        const rgb =
          fill?.pattern === "Solid" ? /^#([0-9A-Fa-f]{6})$/.exec(fill.color ?? "")?.[1] : undefined;
        if (!rgb) return;
        const list = bySheet.get(r.sheet) ?? [];
        list.push({ row: r.top + i, col: r.col, rgb: rgb.toUpperCase() });
        bySheet.set(r.sheet, list);
      });
    }
    return bySheet;
  });
}
