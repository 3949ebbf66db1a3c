import type { CellRange, WorkbookGrid } from "../../core/grid/types";
import { isPayloadError } from "./errors";
import { convert, toGrid } from "./gridCells";
import { isMergedAreasLimit, mergesInBands } from "./mergedAreas";
import type { ExcelRun } from "./host";
import { planBlocks, readBlocks } from "./readBlocks";
import {
  listingOf,
  listSheets,
  queueListing,
  type LastListing,
  type SheetListing,
  type SheetSizes,
} from "./sheetList";
import { queueShapes, shapeOf, type SheetShape } from "./sheetShapes";

export type { SheetSizes } from "./sheetList";

/** Stay under Excel on the web's 5 MB response limit with room for JSON overhead. */
export const DEFAULT_READ_BUDGET = 4 * 1024 * 1024;

/** First guess at what a cell costs across values, text, numberFormat and valueTypes (JSON bytes). */
const GUESS_BYTES_PER_CELL = 64;

export interface ReadGridOptions {
  readonly sheets?: readonly string[];
  readonly budget?: number;
  /** Read the add-in's own sheets too (summary, history); a check leaves them out. */
  readonly includeOwnSheets?: boolean;
  /** Whether the host caps payloads (Excel on the web: 5 MB); default true. */
  readonly limited?: boolean;
  /** Used cells per sheet id from earlier reads; updated by this one. */
  readonly sizes?: SheetSizes;
  /**
   * The sheets the last listing found (kept by the caller between reads, updated by this one): when every
   * one of them to read has a known size within the budget, the list and the cells go in one sync.
   */
  readonly last?: LastListing;
  /** Filled with every sheet's id → name as this read found them (see listSheets). */
  readonly sheetIds?: Map<string, string>;
  /**
   * How merged areas are read: "api" with getMergedAreasOrNullObject (ExcelApi 1.13, the default);
   * "file" from `fileMerges` (older Excel); "none" when neither is available (every sheet reads unmerged).
   */
  readonly mergedAreas?: "api" | "file" | "none";
  /** Sheet name → merged areas, from the workbook's file (see fileMerges.ts). */
  readonly fileMerges?: () => Promise<ReadonlyMap<string, CellRange[]>>;
}

/** The reads of one set of sheets inside one Excel.run, and what they learn about their sizes. */
class SheetReads {
  private readonly names: string[];
  private readonly ids: string[];
  private readonly wanted: Excel.Worksheet[];
  constructor(
    private readonly context: Excel.RequestContext,
    sheets: readonly { readonly ws: Excel.Worksheet; readonly id: string; readonly name: string }[],
    private readonly sizes: SheetSizes,
    private readonly fromFile: ReadonlyMap<string, CellRange[]> | null,
    private readonly mode: "api" | "file" | "none",
    /** cleared when a sheet has more merged areas than one getMergedAreasOrNullObject returns */
    private mergesInline: boolean
  ) {
    this.wanted = sheets.map((s) => s.ws);
    this.names = sheets.map((s) => s.name);
    this.ids = sheets.map((s) => s.id);
  }

  /** Used cells of the wanted sheets that earlier reads (or this one) measured. */
  knownCells(): number {
    return this.ids.reduce((n, id) => n + (this.sizes.get(id) ?? 0), 0);
  }

  unmeasured(): number {
    return this.ids.filter((id) => !this.sizes.has(id)).length;
  }

  private record(shapes: SheetShape[]): void {
    shapes.forEach((s, i) => {
      const id = this.ids[i];
      if (id === undefined) return;
      if (s.used) {
        this.sizes.set(id, (s.used.bottom - s.used.top + 1) * (s.used.right - s.used.left + 1));
      } else this.sizes.set(id, 0);
    });
  }

  /** Every wanted sheet's shape without its cells: one small sync (more for banded merges). */
  async readShapes(): Promise<SheetShape[]> {
    let queued = queueShapes(this.wanted, false, this.mergesInline);
    try {
      await this.context.sync();
    } catch (e) {
      if (!this.mergesInline || !isMergedAreasLimit(e)) throw e;
      this.mergesInline = false;
      queued = queueShapes(this.wanted, false, false);
      await this.context.sync();
    }
    const found = queued.map((q, i) => shapeOf(q, this.names[i] ?? "", this.fromFile));
    if (this.mode === "api" && !this.mergesInline) {
      const banded = await mergesInBands(this.context, found);
      found.forEach((s, i) => (s.merges = banded[i] ?? []));
    }
    this.record(found);
    return found;
  }

  /** Queues every wanted sheet, shape and cells; once synced, `grid()` gives them. */
  queueWhole(): { grid(): WorkbookGrid } {
    const whole = queueShapes(this.wanted, true, this.mergesInline);
    return {
      grid: () => {
        const shapes = whole.map((q, i) => shapeOf(q, this.names[i] ?? "", this.fromFile));
        this.record(shapes);
        return {
          sheets: whole.map((q, i) =>
            toGrid(shapes[i] as SheetShape, q.used.isNullObject ? null : convert(q.used))
          ),
        };
      },
    };
  }

  /** Every wanted sheet, shape and cells, in one sync; null when Excel refuses it as too large (or merges). */
  async readWhole(): Promise<WorkbookGrid | null> {
    const whole = this.queueWhole();
    try {
      await this.context.sync();
      return whole.grid();
    } catch (e) {
      // too many merged areas: the shapes are read again with the merges in bands, then the blocks
      if (this.mergesInline && isMergedAreasLimit(e)) this.mergesInline = false;
      else if (!isPayloadError(e)) throw e;
      return null;
    }
  }
}

/** What a guessed read gives: the grid, or the listing and how the read goes on from it. */
type Guessed =
  | { readonly grid: WorkbookGrid }
  | { readonly listing: SheetListing; readonly tryWhole: boolean; readonly mergesInline?: false };

function sheetsOf(wanted: readonly Excel.Worksheet[]) {
  return wanted.map((ws) => ({ ws, id: ws.id, name: ws.name }));
}

/**
 * The list and the cells in one sync, when the last listing says which sheets this read will want and
 * each one's size is known and within the budget: the sheets are asked for by id beside the list, and
 * the cells are kept only when the list, read in that same sync, wants exactly those sheets under those
 * names. Otherwise (a sheet added, deleted, renamed or moved, the add-in's own sheets changed, or the
 * guessed read refused) the listing alone is returned and the read goes on as without a guess: the sync
 * is never more than one listing would cost, except when Excel refuses the guessed read (a deleted sheet,
 * too many merged areas), which costs the listing's sync again.
 */
async function guessedRead(
  context: Excel.RequestContext,
  sizes: SheetSizes,
  budget: number,
  fromFile: ReadonlyMap<string, CellRange[]> | null,
  mode: "api" | "file" | "none",
  options: ReadGridOptions
): Promise<Guessed> {
  const last = options.includeOwnSheets ? undefined : options.last;
  const guess = last?.eligible?.filter((s) => !options.sheets || options.sheets.includes(s.name));
  // a sheet not measured yet counts as large as the active one, as in readGrid's own estimate
  const cells = (guess ?? []).reduce(
    (n, s) => n + (sizes.get(s.id) ?? last?.activeCells ?? Infinity),
    0
  );
  if (!guess?.length || (options.limited !== false && cells * GUESS_BYTES_PER_CELL > budget))
    return { listing: await listSheets(context, sizes, options), tryWhole: true };
  const listing = queueListing(context);
  const sheets = guess.map((s) => ({ ...s, ws: context.workbook.worksheets.getItem(s.id) }));
  const whole = new SheetReads(context, sheets, sizes, fromFile, mode, mode === "api").queueWhole();
  try {
    await context.sync();
  } catch (e) {
    // refused as too large or for its merged areas: the read goes on to the shapes and blocks at once
    const tooLarge = isPayloadError(e) || isMergedAreasLimit(e);
    return {
      listing: await listSheets(context, sizes, options),
      tryWhole: !tooLarge,
      ...(isMergedAreasLimit(e) ? { mergesInline: false } : {}),
    };
  }
  const listed = listingOf(listing, sizes, options);
  const same =
    listed.wanted.length === guess.length &&
    listed.wanted.every((ws, i) => ws.id === guess[i]?.id && ws.name === guess[i]?.name);
  return same ? { grid: whole.grid() } : { listing: listed, tryWhole: true };
}

/**
 * Every sheet's used range (values, display text, number formats, error types) plus merged areas, hidden
 * rows and protection. Two syncs in the usual case (the sheet list, then everything at once), one when the last listing
 * (`last`) already says which sheets to read and how large they are (see guessedRead); a workbook
 * too large for one response is read shape-first and then in row blocks under `budget` bytes. Whether it
 * is too large is estimated from the active sheet's used range (loaded with the sheet list) and the sizes
 * earlier reads recorded in `sizes`: over the budget, the blocks come straight away; when sheets not yet
 * measured could take it over (were they as large as the active one), every sheet's shape is read first
 * (one small sync); otherwise the whole read is tried and, when Excel refuses it, the blocks follow. A host
 * without a payload limit (`limited: false`, Excel on the desktop) always tries the whole read first. The
 * add-in's own sheets are left out unless `includeOwnSheets` (see listSheets).
 */
export async function readGrid(
  run: ExcelRun,
  options: ReadGridOptions = {}
): Promise<WorkbookGrid> {
  const budget = options.budget ?? DEFAULT_READ_BUDGET;
  const sizes = options.sizes ?? new Map<string, number>();
  const mode = options.mergedAreas ?? "api";
  const fromFile = mode === "file" && options.fileMerges ? await options.fileMerges() : null;
  return run(async (context) => {
    const guessed = await guessedRead(context, sizes, budget, fromFile, mode, options);
    if ("grid" in guessed) return guessed.grid;
    const { wanted, activeCells } = guessed.listing;
    const inline = mode === "api" && guessed.mergesInline !== false;
    const reads = new SheetReads(context, sheetsOf(wanted), sizes, fromFile, mode, inline);
    const fits = () => reads.knownCells() * GUESS_BYTES_PER_CELL <= budget;
    const limited = options.limited !== false;
    let shapes: SheetShape[] | null = null;
    // Sheets not measured yet could be as large as the active one: when that would overflow the budget, a
    // cheap sync for every sheet's shape costs less than a whole read Excel computes and then refuses.
    const unknown = reads.unmeasured();
    if (
      limited &&
      unknown > 0 &&
      fits() &&
      (reads.knownCells() + unknown * activeCells) * GUESS_BYTES_PER_CELL > budget
    ) {
      shapes = await reads.readShapes();
    }
    if (guessed.tryWhole && (!limited || fits())) {
      const whole = await reads.readWhole();
      if (whole) return whole;
    }
    shapes ??= await reads.readShapes();
    const cells = await readBlocks(
      context,
      planBlocks(shapes, GUESS_BYTES_PER_CELL, budget),
      GUESS_BYTES_PER_CELL,
      budget
    );
    return { sheets: shapes.map((s) => toGrid(s, cells.get(s) ?? null)) };
  });
}
