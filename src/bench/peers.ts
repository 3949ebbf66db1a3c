import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { Table, type SchemaDescriptor } from "tableschema";
import { readWorkbookFile } from "../adapters/xlsx/readFile";
import { checkWorkbook } from "../core/engine";
import type { HighlightPlan } from "../core/highlight";
import { isCellError } from "../core/grid/types";
import { SEVERITY_FILL } from "../core/highlight";
import { DEFAULT_CONFIG } from "../core/schema/config";
import { actionRecords, BENCH_COLUMNS, type SyntheticPlan } from "./generate";
import { fakeOfPlan, runOf } from "./office";
import { median } from "./stats";

/** Frictionless `tableschema` validating the same action rows: required owner and due, due a date. */
export interface TableschemaResult {
  readonly rows: number;
  readonly ms: number;
  /** Rows it reported as invalid. */
  readonly invalidRows: number;
  /** Its time over ours (engineMs): above 1 means the engine is faster. */
  readonly ratio: number;
}

export const TABLESCHEMA_DESCRIPTOR: SchemaDescriptor = {
  fields: BENCH_COLUMNS.map((name) => ({
    name,
    type: name === "due" ? "date" : "string",
    format: name === "due" ? "any" : "default",
    constraints: { required: name === "owner" || name === "due" },
  })),
};

/**
 * The Frictionless way to check a plan: export the action rows as a table and validate it against a schema.
 * It is given the rows already cut out of the sheet (no detection) and only checks presence and date type,
 * so it does strictly less than the engine.
 */
export async function measureTableschema(
  plan: SyntheticPlan,
  engineMs: number,
  runs = 3
): Promise<TableschemaResult> {
  const source: unknown[][] = [[...BENCH_COLUMNS], ...actionRecords(plan)];
  const times: number[] = [];
  let invalidRows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const table = await Table.load(source, { schema: TABLESCHEMA_DESCRIPTOR });
    const rows = await table.read({ forceCast: true });
    times.push(performance.now() - t0);
    invalidRows = rows.filter((r) => r instanceof Error).length;
  }
  const ms = median(times);
  return { rows: source.length - 1, ms, invalidRows, ratio: ms / engineMs };
}

/** Writes the plan as an .xlsx (values, date formats, merges) with ExcelJS's streaming writer. */
export async function writePlanXlsx(plan: SyntheticPlan, path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  for (const sheet of plan.grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    sheet.values.forEach((values, r) => {
      const row = ws.getRow(sheet.originRow + r);
      values.forEach((v, c) => {
        if (v === null) return;
        const cell = row.getCell(sheet.originCol + c);
        cell.value = isCellError(v) ? { error: v.error as ExcelJS.CellErrorValue["error"] } : v;
        const fmt = sheet.numberFormat[r]?.[c] ?? "General";
        if (fmt !== "General") cell.numFmt = fmt;
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}

export interface ExcelJsReadResult {
  readonly rows: number;
  readonly fileBytes: number;
  /** ExcelJS loading the file from disk (`workbook.xlsx.readFile`). */
  readonly exceljsLoadMs: number;
  /** The CLI's reader to the grid (`readWorkbookFile`: the package reader since issue 14). */
  readonly readGridMs: number;
  /** Engine time over ExcelJS's load time: the share the check adds to opening the file. */
  readonly ratio: number;
  /** Actions the engine finds in the grid read back from the file (should equal `rows`). */
  readonly actionsFound: number;
}

/** ExcelJS reading the same workbook from disk, against the engine's time on it. */
export async function measureExcelJsRead(
  plan: SyntheticPlan,
  engineMs: number,
  runs = 3,
  /** Where to write the workbook and leave it (for the CLI's check of the same file); a temp file if absent. */
  keepAt?: string
): Promise<ExcelJsReadResult> {
  const dir = keepAt ? null : await mkdtemp(join(tmpdir(), "apc-bench-"));
  const path = keepAt ?? join(dir as string, `plan-${plan.actionRows}.xlsx`);
  try {
    await writePlanXlsx(plan, path);
    const { size } = await stat(path);
    const load: number[] = [];
    const read: number[] = [];
    let actionsFound = 0;
    for (let i = 0; i < runs; i++) {
      let t0 = performance.now();
      await new ExcelJS.Workbook().xlsx.readFile(path);
      load.push(performance.now() - t0);
      t0 = performance.now();
      const grid = await readWorkbookFile(path);
      read.push(performance.now() - t0);
      if (i === 0) {
        const report = checkWorkbook(grid, DEFAULT_CONFIG, plan.asOf, path);
        actionsFound = report.tables.reduce((n, t) => n + t.actions.length, 0);
      }
    }
    const exceljsLoadMs = median(load);
    return {
      rows: plan.actionRows,
      fileBytes: size,
      exceljsLoadMs,
      readGridMs: median(read),
      ratio: engineMs / exceljsLoadMs,
      actionsFound,
    };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

export interface NaiveOfficeResult {
  readonly rows: number;
  readonly syncs: number;
  readonly queuedOps: number;
  readonly ms: number;
  /** Our check + highlight syncs for the same workbook. */
  readonly oursSyncs: number;
  /** Naive syncs over ours. */
  readonly syncRatio: number;
}

/**
 * What a first Office.js add-in often does: read the sheet a cell at a time (`getCell().load("values")`,
 * a sync per row) and colour each flagged cell with its own format call (a sync per flagged row). It is
 * given the engine's highlight plan, so only the round trips differ. A sync per row is the generous
 * version; a sync per cell would be twelve times worse.
 */
export async function measureNaiveOffice(
  plan: SyntheticPlan,
  highlight: HighlightPlan,
  oursSyncs: number
): Promise<NaiveOfficeResult> {
  const fake = fakeOfPlan(plan);
  const run = runOf(fake);
  fake.stats.reset();
  const t0 = performance.now();
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    for (const ws of sheets.items) {
      const used = ws.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      // naive on purpose: a sheet at a time
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (let r = used.rowIndex; r < used.rowIndex + used.rowCount; r++) {
        for (let c = used.columnIndex; c < used.columnIndex + used.columnCount; c++) {
          ws.getCell(r, c).load("values");
        }
        // the naive pattern under test: one round trip per row
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    }
    const byRow = new Map<string, HighlightPlan["cells"][number][]>();
    for (const c of highlight.cells) {
      const key = `${c.sheet}\u0000${c.row}`;
      byRow.set(key, [...(byRow.get(key) ?? []), c]);
    }
    for (const cells of byRow.values()) {
      for (const c of cells) {
        const ws = context.workbook.worksheets.getItem(c.sheet);
        ws.getCell(c.row - 1, c.col - 1).format.fill.color = `#${SEVERITY_FILL[c.severity]}`;
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  });
  const ms = performance.now() - t0;
  return {
    rows: plan.actionRows,
    syncs: fake.stats.syncs,
    queuedOps: fake.stats.queuedOps,
    ms,
    oursSyncs,
    syncRatio: fake.stats.syncs / oursSyncs,
  };
}
