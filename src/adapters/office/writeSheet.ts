import type { SheetModel } from "../../core/summary/sheetModel";
import type { TrendChart } from "../../core/summary";
import { queueTrendChart, TREND_CHART_NAME } from "./trendChart";
import { AdapterError } from "./errors";
import { OWN_SHEETS_KEY, type ExcelRun } from "./host";
import { findOwn, freeSheetName, freeTableName, parseOwnSheets, type OwnSheets } from "./ownSheets";
import { BYTES_PER_COMMAND, DEFAULT_BATCH_BUDGET, packBatches } from "./batches";
import { planRender } from "./render";
import {
  loadOwnSheetsMarker,
  markedSheets,
  ownSheetsAfter,
  queueOwnSheetsMarker,
} from "./ownSheetsMarker";

/**
 * Writes the add-in's sheet in two syncs while it fits one request. (1) Read the registry of the add-in's
 * sheets, the sheet and table names, and add the new sheet under a temporary name. (2) Render everything
 * onto it, then — after every render command in the batch — delete the add-in's previous version, give
 * the new one its name and save the registry. A sheet too large for one request (Excel on the web refuses
 * over 5 MB) is rendered in row blocks of about `budget` bytes, a sync each, the last of them carrying the
 * tables, charts and the replacement as above.
 *
 * Nothing half-written, whatever command Excel stops at (a batch is applied in order up to the failing
 * command): if the previous version is still there, the new sheet is deleted and the previous one stays;
 * if the previous version is already gone, every render command ran, so the new sheet is complete and is
 * given its name, tables and registry entry (rolled forward: the call then succeeds). Recovery costs two
 * more syncs, only on failure.
 */
export async function writeSheet(
  run: ExcelRun,
  model: SheetModel,
  options: { readonly activate?: boolean; readonly budget?: number } = {},
  tempName: string = `~apc ${Date.now().toString(36)}`
): Promise<{ readonly sheetName: string }> {
  return run(async (context) => {
    const registry = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
    registry.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id,items/position");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const marker = loadOwnSheetsMarker(context);
    const ws = context.workbook.worksheets.add(tempName);
    ws.load("id");
    try {
      await context.sync();
    } catch (e) {
      // the add may have run before the failure: take the empty temporary sheet away again
      context.workbook.worksheets.getItemOrNullObject(tempName).delete();
      await context.sync().catch(() => undefined);
      throw e;
    }

    const own = parseOwnSheets(registry.isNullObject ? null : registry.value);
    const existing = sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position }));
    const mine = findOwn(own, model.name, existing);
    const finalName = mine
      ? mine.name
      : freeSheetName(model.name, [...existing.map((e) => e.name), tempName]);
    const mineTables = new Set(mine?.entry.tables ?? []);
    const taken = new Set(tables.items.map((t) => t.name).filter((n) => !mineTables.has(n)));
    const tableNames = new Map<string, string>();
    for (const t of model.tables) {
      const n = freeTableName(t.name, taken);
      taken.add(n);
      tableNames.set(t.name, n);
    }
    const position = mine
      ? (existing.find((e) => e.id === mine.entry.id)?.position ?? existing.length)
      : existing.length;
    const live = new Set(existing.map((e) => e.id));
    const registryAfter = (name: string): OwnSheets => ({
      version: 1,
      sheets: [
        ...own.sheets.filter((s) => s.id !== mine?.entry.id && live.has(s.id)),
        { requested: model.name, id: ws.id, name, tables: [...tableNames.values()] },
      ],
    });

    let created = new Map<string, Excel.Table>();
    // set once the last request is queued: only a failure in it can have left a complete new sheet
    let lastSent = false;
    try {
      const budget = options.budget ?? DEFAULT_BATCH_BUDGET;
      const plan = planRender(model, budget);
      // the last request also carries the tables, charts, widths and the replacement
      const finishBytes =
        plan.finishBytes +
        JSON.stringify(registryAfter(finalName)).length +
        6 * BYTES_PER_COMMAND +
        finalName.length;
      const batches = packBatches(
        [...plan.cells, { bytes: finishBytes, queue: null }],
        (s) => s.bytes,
        budget
      );
      for (const [i, batch] of batches.entries()) {
        for (const step of batch) step.queue?.(ws);
        if (i === batches.length - 1) break;
        // one sync per block of about `budget` bytes is what keeps each request under Excel's limit
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
      lastSent = true;
      created = plan.finish(ws);
      // before the replacement: a failure from here on leaves the marker naming a sheet that is, or
      // (rolled forward by recover) will be, the add-in's
      queueOwnSheetsMarker(
        context,
        marker,
        ownSheetsAfter(
          [...markedSheets(marker), ...own.sheets.filter((o) => live.has(o.id)).map((o) => o.name)],
          existing.map((e) => e.name),
          [finalName]
        )
      );
      if (mine) {
        // after every render command: reaching this means the new sheet is complete
        context.workbook.worksheets.getItem(mine.entry.id).delete();
        ws.position = position;
      }
      ws.name = finalName;
      for (const [modelName, table] of created) table.name = tableNames.get(modelName) ?? modelName;
      if (options.activate) ws.activate();
      context.workbook.settings.add(OWN_SHEETS_KEY, registryAfter(finalName));
      await context.sync();
      return { sheetName: finalName };
    } catch (e) {
      const done = await recover(context, ws.id, mine?.entry.id ?? null, lastSent, {
        finalName,
        position,
        created,
        tableNames,
        registryAfter,
      }).catch(() => null);
      if (done) return { sheetName: done };
      throw e;
    }
  });
}

/**
 * After a failed render: delete the new sheet while the previous version exists (or there was none, or
 * the failure came before the last request); otherwise finish the replacement. Returns the sheet name when it finished, null when it rolled back.
 */
async function recover(
  context: Excel.RequestContext,
  newId: string,
  oldId: string | null,
  mayBeComplete: boolean,
  plan: {
    finalName: string;
    position: number;
    created: ReadonlyMap<string, Excel.Table>;
    tableNames: ReadonlyMap<string, string>;
    registryAfter: (name: string) => OwnSheets;
  }
): Promise<string | null> {
  const fresh = context.workbook.worksheets.getItemOrNullObject(newId);
  fresh.load("name");
  const old = oldId ? context.workbook.worksheets.getItemOrNullObject(oldId) : null;
  old?.load("id");
  const names = context.workbook.worksheets;
  names.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  // the new sheet's own tables (always loadable, unlike a proxy whose add never ran), in creation order
  const mineList = fresh.tables.load("items/name");
  await context.sync();
  if (fresh.isNullObject) return null;
  // an earlier block failed: the sheet is incomplete even if the previous version has gone meanwhile
  if (!mayBeComplete || !old || !old.isNullObject) {
    fresh.delete();
    await context.sync();
    return null;
  }
  const others = names.items.filter((s) => s.name !== fresh.name).map((s) => s.name);
  const name = others.some((n) => n.toLowerCase() === plan.finalName.toLowerCase())
    ? freeSheetName(plan.finalName, others)
    : plan.finalName;
  fresh.name = name;
  fresh.position = plan.position;
  const modelNames = [...plan.created.keys()];
  const made = mineList.items.map((t, i) => ({ modelName: modelNames[i] ?? t.name, t }));
  const mineNow = new Set(made.map((m) => m.t.name));
  const taken = new Set(tables.items.map((t) => t.name).filter((n) => !mineNow.has(n)));
  const finalTables: string[] = [];
  for (const { modelName, t } of made) {
    const wanted = plan.tableNames.get(modelName) ?? modelName;
    const n = taken.has(wanted) ? freeTableName(wanted, taken) : wanted;
    taken.add(n);
    finalTables.push(n);
    if (t.name !== n) t.name = n;
  }
  const reg = plan.registryAfter(name);
  const entry = reg.sheets[reg.sheets.length - 1];
  if (entry) entry.tables = finalTables;
  context.workbook.settings.add(OWN_SHEETS_KEY, reg);
  await context.sync();
  return name;
}

/**
 * Appends rows to the add-in's own sheet `sheetName` (created with `header`, under "Name (2)" if a user's
 * sheet has the name). Text is written as text. Two syncs to find the sheet and its end, one to write (and, for a new sheet, one to record it). A new sheet is deleted again when any of it fails.
 */
export async function appendRows(
  run: ExcelRun,
  sheetName: string,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
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
    let ws: Excel.Worksheet;
    let start = 1;
    let existingChart: Excel.Chart | null = null;
    if (mine) {
      ws = context.workbook.worksheets.getItem(mine.entry.id);
      ws.load("protection/protected");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,rowCount");
      // a navigation to the collection, loaded on the next line: no value of `ws` is read here
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const charts = chart ? ws.charts : null;
      charts?.load("items/name");
      await context.sync();
      existingChart = charts?.items.find((c) => c.name === TREND_CHART_NAME) ?? null;
      if (ws.protection.protected) {
        throw new AdapterError(
          "sheet-protected",
          `The sheet "${mine.name}" is protected, so the add-in cannot add to it. Nothing was changed.`
        );
      }
      start = used.isNullObject ? 1 : used.rowIndex + used.rowCount + 1;
    } else {
      ws = context.workbook.worksheets.add(freeName);
      ws.load("id,name");
    }
    const added = mine ? null : ws;
    try {
      if (chart) {
        const lastRow = (start === 1 ? 1 : start - 1) + rows.length;
        const width = Math.max(header.length, ...rows.map((r) => r.length));
        // queued before the rows' sync: the chart rides in the same round trip
        queueTrendChart(ws, existingChart, chart, lastRow, width);
      }
      await writeRows(context, ws, start, header, rows);
      if (!mine) {
        const live = new Set(existing.map((e) => e.id));
        const next: OwnSheets = {
          version: 1,
          sheets: [
            ...own.sheets.filter((s) => live.has(s.id)),
            // loaded with the add, and synced by writeRows
            // eslint-disable-next-line office-addins/call-sync-after-load
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
    } catch (e) {
      // a sheet this call added goes again, so no unregistered or half-filled sheet is left
      if (added) {
        added.delete();
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
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>
): Promise<void> {
  const block = start === 1 ? [header, ...rows] : rows;
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  if (block.length > 0 && width > 0) {
    const range = ws.getRangeByIndexes(start - 1, 0, block.length, width);
    const pad = (r: ReadonlyArray<string | number | null>) =>
      Array.from({ length: width }, (_, i) => r[i] ?? "");
    range.numberFormat = block.map((r) =>
      pad(r).map((v) => (typeof v === "string" ? "@" : "General"))
    );
    range.values = block.map(pad);
    if (start === 1) ws.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  }
  await context.sync();
}
