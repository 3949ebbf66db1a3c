import { OWN_SHEETS_KEY } from "./host";
import { parseOwnSheets } from "./ownSheets";
import { loadOwnSheetsMarker, markedSheets } from "./ownSheetsMarker";

/** Known sizes (used cells) of sheets by id, kept between reads so a re-check knows what a first check learnt. */
export type SheetSizes = Map<string, number>;

export interface SheetListing {
  /** The sheets to read, in workbook order. */
  readonly wanted: Excel.Worksheet[];
  /** The active sheet's used cells (0 when it is empty): how large an unmeasured sheet may be. */
  readonly activeCells: number;
}

/** The sheets a read may read, in workbook order (the add-in's own left out): what the next read guesses. */
export interface LastListing {
  eligible: readonly { readonly id: string; readonly name: string }[] | null;
  /** The active sheet's used cells then: how large a sheet not yet measured may be. */
  activeCells?: number;
}

export interface ListingOptions {
  readonly sheets?: readonly string[];
  readonly includeOwnSheets?: boolean;
  /** Filled with every sheet's id → name (the add-in's own too), replacing what it held. */
  readonly sheetIds?: Map<string, string>;
  /** Set to the sheets this listing found eligible (when own sheets are left out). */
  readonly last?: LastListing;
}

/** The loads of a listing, queued in a sync the caller makes (see listSheets). */
export function queueListing(context: Excel.RequestContext) {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/id");
  const registry = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_KEY);
  registry.load("value");
  const marker = loadOwnSheetsMarker(context);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("id");
  const activeUsed = active.getUsedRangeOrNullObject(true);
  activeUsed.load("rowCount,columnCount");
  return { collection, registry, marker, active, activeUsed };
}

export type QueuedListing = ReturnType<typeof queueListing>;

/** A queued listing, once synced: what to read, recorded in `sizes`, `sheetIds` and `last`. */
export function listingOf(
  q: QueuedListing,
  sizes: SheetSizes,
  options: ListingOptions
): SheetListing {
  const { collection, registry, marker, active, activeUsed } = q;
  const activeCells = activeUsed.isNullObject ? 0 : activeUsed.rowCount * activeUsed.columnCount;
  if (!activeUsed.isNullObject) sizes.set(active.id, activeCells);
  if (options.sheetIds) {
    options.sheetIds.clear();
    for (const ws of collection.items) options.sheetIds.set(ws.id, ws.name);
  }
  const own = options.includeOwnSheets
    ? new Set<string>()
    : new Set(
        parseOwnSheets(registry.isNullObject ? null : registry.value).sheets.map((s) => s.id)
      );
  const ownNames = options.includeOwnSheets
    ? new Set<string>()
    : new Set(markedSheets(marker).map((n) => n.toLowerCase()));
  const eligible = collection.items.filter(
    (ws) => !own.has(ws.id) && !ownNames.has(ws.name.toLowerCase())
  );
  if (options.last && !options.includeOwnSheets) {
    options.last.eligible = eligible.map((ws) => ({ id: ws.id, name: ws.name }));
    options.last.activeCells = activeCells;
  }
  const wanted = eligible.filter((ws) => !options.sheets || options.sheets.includes(ws.name));
  return { wanted, activeCells };
}

/**
 * A read's first sync: the sheet list, and with it the registry of the add-in's sheets (so a re-check after
 * "Build summary sheet" does not read the summary's own tables as another plan), the marker any writer
 * leaves (the CLI's checked copy, a copy saved elsewhere), and the active sheet's size (usually the plan),
 * which is recorded in `sizes`. The add-in's own sheets (registry by id, so a rename does not fool it; the
 * marker by name) are left out unless `includeOwnSheets`; so are sheets not in `sheets` when given.
 */
export async function listSheets(
  context: Excel.RequestContext,
  sizes: SheetSizes,
  options: ListingOptions
): Promise<SheetListing> {
  const queued = queueListing(context);
  await context.sync();
  return listingOf(queued, sizes, options);
}
