import type { TrendChart } from "../../core/summary";
import { queueTrendChart, TREND_CHART_NAME } from "./trendChart";
import { AdapterError } from "./errors";
import { OWN_SHEETS_KEY, type ExcelRun } from "./host";
import { findOwn, freeSheetName, parseOwnSheets, type OwnSheets } from "./ownSheets";
import {
  loadOwnSheetsMarker,
  markedSheets,
  ownSheetsAfter,
  queueOwnSheetsMarker,
} from "./ownSheetsMarker";

type Row = ReadonlyArray<string | number | null>;

/** The add-in's sheet to append to (found, or added under a free name) and where its new rows start. */
interface Target {
  readonly ws: Excel.Worksheet;
  readonly start: number;
  readonly existingChart: Excel.Chart | null;
  /** Whether this call added the sheet. */
  readonly added: boolean;
}

/** Sync 2 (for a sheet already there): its end, its protection and its trend chart; or adds the sheet. */
async function findTarget(
  context: Excel.RequestContext,
  mine: ReturnType<typeof findOwn>,
  freeName: string,
  withChart: boolean
): Promise<Target> {
  if (!mine) {
    const ws = context.workbook.worksheets.add(freeName);
    ws.load("id,name");
    return { ws, start: 1, existingChart: null, added: true };
  }
  const ws = context.workbook.worksheets.getItem(mine.entry.id);
  ws.load("protection/protected");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  // a navigation to the collection, loaded on the next line: no value of `ws` is read here
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const charts = withChart ? ws.charts : null;
  charts?.load("items/name");
  await context.sync();
  const existingChart = charts?.items.find((c) => c.name === TREND_CHART_NAME) ?? null;
  if (ws.protection.protected) {
    throw new AdapterError(
      "sheet-protected",
      `The sheet "${mine.name}" is protected, so the add-in cannot add to it. Nothing was changed.`
    );
  }
  const start = used.isNullObject ? 1 : used.rowIndex + used.rowCount + 1;
  return { ws, start, existingChart, added: false };
}

/** Records a sheet this call added in the registry and the marker: one sync. */
async function registerAdded(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheetName: string,
  own: OwnSheets,
  existing: readonly { id: string; name: string }[],
  marker: Excel.NamedItem,
  freeName: string
): Promise<void> {
  const live = new Set(existing.map((e) => e.id));
  const next: OwnSheets = {
    version: 1,
    sheets: [
      ...own.sheets.filter((s) => live.has(s.id)),
      // loaded with the add, and synced by writeRows
      { requested: sheetName, id: ws.id, name: ws.name, tables: [] },
    ],
  };
  context.workbook.settings.add(OWN_SHEETS_KEY, next);
  queueOwnSheetsMarker(
    context,
    marker,
    ownSheetsAfter(
      [...markedSheets(marker), ...next.sheets.map((o) => o.name)],
      existing.map((e) => e.name),
      [freeName]
    )
  );
  await context.sync();
}

/**
 * Appends rows to the add-in's own sheet `sheetName` (created with `header`, under "Name (2)" if a user's
 * sheet has the name). Text is written as text. Two syncs to find the sheet and its end, one to write
 * (and, for a new sheet, one to record it). A new sheet is deleted again when any of it fails.
 */
export async function appendRows(
  run: ExcelRun,
  sheetName: string,
  header: readonly string[],
  rows: ReadonlyArray<Row>,
  chart?: TrendChart
): Promise<void> {
  await run(async (context) => {
    const registry = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
    registry.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    const marker = loadOwnSheetsMarker(context);
    await context.sync();

    const own = parseOwnSheets(registry.isNullObject ? null : registry.value);
    const existing = sheets.items.map((s) => ({ id: s.id, name: s.name }));
    const mine = findOwn(own, sheetName, existing);
    const freeName = freeSheetName(
      sheetName,
      existing.map((e) => e.name)
    );
    const { ws, start, existingChart, added } = await findTarget(context, mine, freeName, !!chart);
    try {
      if (chart) {
        const lastRow = (start === 1 ? 1 : start - 1) + rows.length;
        const width = Math.max(header.length, ...rows.map((r) => r.length));
        // queued before the rows' sync: the chart rides in the same round trip
        queueTrendChart(ws, existingChart, chart, lastRow, width);
      }
      await writeRows(context, ws, start, header, rows);
      if (added) await registerAdded(context, ws, sheetName, own, existing, marker, freeName);
    } catch (e) {
      // a sheet this call added goes again, so no unregistered or half-filled sheet is left
      if (added) {
        ws.delete();
        if (registry.isNullObject)
          context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY).delete();
        else context.workbook.settings.add(OWN_SHEETS_KEY, registry.value);
        await context.sync().catch(() => undefined);
      }
      throw e;
    }
  });
}

/** Writes the rows (with the header on a new sheet) from row `start`, text as text. One sync. */
async function writeRows(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  start: number,
  header: readonly string[],
  rows: ReadonlyArray<Row>
): Promise<void> {
  const block = start === 1 ? [header, ...rows] : rows;
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  if (block.length > 0 && width > 0) {
    const range = ws.getRangeByIndexes(start - 1, 0, block.length, width);
    const pad = (r: Row) => Array.from({ length: width }, (_, i) => r[i] ?? "");
    range.numberFormat = block.map((r) =>
      pad(r).map((v) => (typeof v === "string" ? "@" : "General"))
    );
    range.values = block.map(pad);
    if (start === 1) ws.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  }
  await context.sync();
}
