import { OWN_SHEETS_NAME, ownSheetsFormula, ownSheetsFrom } from "../../core/ownSheets";

// The durable marker of core/ownSheets through Office.js: a hidden workbook-scoped name whose formula is
// a text constant listing the tool's sheets. NamedItemCollection.add and getItemOrNullObject are ExcelApi
// 1.4, NamedItem.formula 1.7 and visible 1.1: all within the 1.9 the manifest requires. The settings
// registry (apc.ownSheets) still matches the add-in's sheets by id; this name is what a file written by
// the CLI, or opened elsewhere, carries.

/** Queues the marker's read (null object when the workbook has none); read it after the next sync. */
export function loadOwnSheetsMarker(context: Excel.RequestContext): Excel.NamedItem {
  const item = context.workbook.names.getItemOrNullObject(OWN_SHEETS_NAME);
  item.load("formula");
  return item;
}

/** The sheet names a loaded marker lists. */
export function markedSheets(item: Excel.NamedItem): string[] {
  return item.isNullObject ? [] : ownSheetsFrom(String(item.formula));
}

/** Queues the marker's new list: set on the existing name, or added hidden. */
export function queueOwnSheetsMarker(
  context: Excel.RequestContext,
  loaded: Excel.NamedItem,
  sheets: readonly string[]
): void {
  const formula = ownSheetsFormula([...new Set(sheets)]);
  if (!loaded.isNullObject) {
    loaded.formula = formula;
    return;
  }
  const added = context.workbook.names.add(OWN_SHEETS_NAME, formula);
  added.visible = false;
}

/** The marker's list after writing `written`: the marked sheets that still exist, and `written`. */
export function ownSheetsAfter(
  marked: readonly string[],
  existing: readonly string[],
  written: readonly string[]
): string[] {
  const live = new Set(existing.map((n) => n.toLowerCase()));
  return [...new Set([...marked.filter((n) => live.has(n.toLowerCase())), ...written])];
}
