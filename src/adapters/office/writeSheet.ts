import type { SheetModel } from "../../core/summary/sheetModel";
import { OWN_SHEETS_KEY, type ExcelRun } from "./host";
import { findOwn, freeSheetName, freeTableName, parseOwnSheets, type OwnSheets } from "./ownSheets";
import { BYTES_PER_COMMAND, DEFAULT_BATCH_BUDGET, packBatches } from "./batches";
import { planRender, type SheetRender } from "./render";
import {
  loadOwnSheetsMarker,
  markedSheets,
  ownSheetsAfter,
  queueOwnSheetsMarker,
} from "./ownSheetsMarker";
import { recover, type Placement } from "./writeSheetRecover";

export { appendRows } from "./appendRows";

/** What the first sync learns: the new sheet (under its temporary name) and the workbook around it. */
interface Opened {
  readonly ws: Excel.Worksheet;
  readonly own: OwnSheets;
  readonly existing: readonly { id: string; name: string; position: number }[];
  readonly tables: readonly string[];
  readonly marker: Excel.NamedItem;
}

/** Sync 1: the registry, the sheet and table names, and the new sheet added under `tempName`. */
async function openSheet(context: Excel.RequestContext, tempName: string): Promise<Opened> {
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
  return {
    ws,
    own: parseOwnSheets(registry.isNullObject ? null : registry.value),
    existing: sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position })),
    tables: tables.items.map((t) => t.name),
    marker,
  };
}

/** Where the new sheet goes: its name, its tables' names, its position and the registry after it. */
function place(model: SheetModel, opened: Opened, tempName: string): Placement {
  const { own, existing, ws } = opened;
  const mine = findOwn(own, model.name, existing);
  const finalName = mine
    ? mine.name
    : freeSheetName(model.name, [...existing.map((e) => e.name), tempName]);
  const mineTables = new Set(mine?.entry.tables ?? []);
  const taken = new Set(opened.tables.filter((n) => !mineTables.has(n)));
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
  return { finalName, previousId: mine?.entry.id ?? null, position, tableNames, registryAfter };
}

/**
 * Queues the whole render onto `ws`, sending every request but the last (a sync per block of about
 * `budget` bytes); the last, which also carries the finish and `finishExtra` bytes more, is left queued.
 */
async function queueRender(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  model: SheetModel,
  budget: number,
  finishExtra: number
): Promise<SheetRender> {
  const plan = planRender(model, budget);
  const batches = packBatches(
    [...plan.cells, { bytes: plan.finishBytes + finishExtra, queue: null }],
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
  return plan;
}

/** The last request's replacement: the marker, the previous version deleted, the name, tables and registry. */
function queueReplacement(
  context: Excel.RequestContext,
  opened: Opened,
  at: Placement,
  created: ReadonlyMap<string, Excel.Table>,
  activate: boolean
): void {
  const { ws, own, existing, marker } = opened;
  const live = new Set(existing.map((e) => e.id));
  // before the replacement: a failure from here on leaves the marker naming a sheet that is, or
  // (rolled forward by recover) will be, the add-in's
  queueOwnSheetsMarker(
    context,
    marker,
    ownSheetsAfter(
      [...markedSheets(marker), ...own.sheets.filter((o) => live.has(o.id)).map((o) => o.name)],
      existing.map((e) => e.name),
      [at.finalName]
    )
  );
  if (at.previousId !== null) {
    // after every render command: reaching this means the new sheet is complete
    context.workbook.worksheets.getItem(at.previousId).delete();
    ws.position = at.position;
  }
  ws.name = at.finalName;
  for (const [modelName, table] of created) table.name = at.tableNames.get(modelName) ?? modelName;
  if (activate) ws.activate();
  context.workbook.settings.add(OWN_SHEETS_KEY, at.registryAfter(at.finalName));
}

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
    const opened = await openSheet(context, tempName);
    const at = place(model, opened, tempName);
    let created = new Map<string, Excel.Table>();
    // set once the last request is queued: only a failure in it can have left a complete new sheet
    let lastSent = false;
    try {
      // the last request also carries the tables, charts, widths and the replacement
      const finishExtra =
        JSON.stringify(at.registryAfter(at.finalName)).length +
        6 * BYTES_PER_COMMAND +
        at.finalName.length;
      const budget = options.budget ?? DEFAULT_BATCH_BUDGET;
      const plan = await queueRender(context, opened.ws, model, budget, finishExtra);
      lastSent = true;
      created = plan.finish(opened.ws);
      queueReplacement(context, opened, at, created, options.activate === true);
      await context.sync();
      return { sheetName: at.finalName };
    } catch (e) {
      const done = await recover(context, opened.ws.id, lastSent, { ...at, created }).catch(
        () => null
      );
      if (done) return { sheetName: done };
      throw e;
    }
  });
}
