import { eachTable } from "../../core/detect";
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

/**
 * The cells whose colour can rate an action: each blank status cell, and the action cell beside it (a fill
 * shared with the action cell is the row's banding, not a rating). Runs of consecutive rows are one range.
 */
function wantedRuns(sheet: SheetGrid): Run[] {
  const runs: Run[] = [];
  for (const t of eachTable(sheet, { cellFields: ["status"] })) {
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
        if (start !== -1) runs.push({ sheet: sheet.name, col, top: start, rows: prev - start + 1 });
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

/**
 * Adds to the grid the fills of blank status cells (and their action cells), which the engine reads as a
 * rating when a council shows RAG only as colour. One extra sync, only for tables that have a status column
 * with a blank cell, and only where Excel has `getCellProperties` (ExcelApi 1.9).
 */
export async function withStatusFills(
  run: ExcelRun,
  grid: WorkbookGrid,
  isSetSupported: IsSetSupported
): Promise<WorkbookGrid> {
  if (!isSetSupported("ExcelApi", "1.9")) return grid;
  const runs = grid.sheets.flatMap(wantedRuns);
  const cells = runs.reduce((n, r) => n + r.rows, 0);
  if (runs.length === 0 || cells > MAX_FILL_CELLS) return grid;
  const found = await run(async (context) => {
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
  return {
    sheets: grid.sheets.map((s) => {
      const fills = found.get(s.name);
      return fills ? { ...s, fills } : s;
    }),
  };
}
