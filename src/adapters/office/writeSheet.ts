import type { SheetModel } from "../../core/summary/sheetModel";
import { AdapterError } from "./errors";
import { OWN_SHEETS_KEY, type ExcelRun } from "./host";
import { findOwn, freeSheetName, freeTableName, parseOwnSheets, type OwnSheets } from "./ownSheets";
import { renderSheet } from "./render";

/**
 * Writes the add-in's sheet in two syncs. (1) Read the registry of the add-in's sheets, the sheet and table
 * names, and add the new sheet under a temporary name. (2) Render everything onto it, then — last in the
 * batch — delete the add-in's previous version, give the new one its name and save the registry. If the
 * render fails, a third sync deletes the new sheet, so nothing half-written is left and the old one stays.
 */
export async function writeSheet(
  run: ExcelRun,
  model: SheetModel,
  options: { readonly activate?: boolean } = {},
  tempName: string = `~apc ${Date.now().toString(36)}`
): Promise<{ readonly sheetName: string }> {
  return run(async (context) => {
    const registry = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
    registry.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id,items/position");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const ws = context.workbook.worksheets.add(tempName);
    ws.load("id");
    await context.sync();

    try {
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

      const created = renderSheet(ws, model);
      if (mine) {
        context.workbook.worksheets.getItem(mine.entry.id).delete();
        ws.position = existing.find((e) => e.id === mine.entry.id)?.position ?? existing.length;
      }
      ws.name = finalName;
      for (const [modelName, table] of created) table.name = tableNames.get(modelName) ?? modelName;
      if (options.activate) ws.activate();
      const live = new Set(existing.map((e) => e.id));
      const next: OwnSheets = {
        version: 1,
        sheets: [
          ...own.sheets.filter((s) => s.id !== mine?.entry.id && live.has(s.id)),
          { requested: model.name, id: ws.id, name: finalName, tables: [...tableNames.values()] },
        ],
      };
      context.workbook.settings.add(OWN_SHEETS_KEY, next);
      await context.sync();
      return { sheetName: finalName };
    } catch (e) {
      // nothing half-written: the new sheet goes; the old one is deleted only at the very end of the batch
      context.workbook.worksheets.getItemOrNullObject(ws.id).delete();
      await context.sync().catch(() => undefined);
      throw e;
    }
  });
}

/**
 * Appends rows to the add-in's own sheet `sheetName` (created with `header`, under "Name (2)" if a user's
 * sheet has the name). Text is written as text. Two syncs to find the sheet and its end, one to write.
 */
export async function appendRows(
  run: ExcelRun,
  sheetName: string,
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>
): Promise<void> {
  await run(async (context) => {
    const registry = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
    registry.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/id");
    await context.sync();

    const own = parseOwnSheets(registry.isNullObject ? null : registry.value);
    const existing = sheets.items.map((s) => ({ id: s.id, name: s.name }));
    const mine = findOwn(own, sheetName, existing);
    let ws: Excel.Worksheet;
    let start = 1;
    if (mine) {
      ws = context.workbook.worksheets.getItem(mine.entry.id);
      ws.load("protection/protected");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,rowCount");
      await context.sync();
      if (ws.protection.protected) {
        throw new AdapterError(
          "sheet-protected",
          `The sheet "${mine.name}" is protected, so the add-in cannot add to it. Nothing was changed.`
        );
      }
      start = used.isNullObject ? 1 : used.rowIndex + used.rowCount + 1;
    } else {
      ws = context.workbook.worksheets.add(
        freeSheetName(
          sheetName,
          existing.map((e) => e.name)
        )
      );
      ws.load("id,name");
    }
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
    if (!mine) {
      const live = new Set(existing.map((e) => e.id));
      const next: OwnSheets = {
        version: 1,
        sheets: [
          ...own.sheets.filter((s) => live.has(s.id)),
          { requested: sheetName, id: ws.id, name: ws.name, tables: [] },
        ],
      };
      context.workbook.settings.add(OWN_SHEETS_KEY, next);
      await context.sync();
    }
  });
}
