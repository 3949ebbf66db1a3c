import type { NavigablePort } from "../../app/ports";
import type { DetectOptions } from "../../core/detect/types";
import type { HighlightPlan } from "../../core/highlight";
import { toAdapterError } from "./errors";
import { onEdited, type EditedEvent, type OnEditedOptions } from "./events";
import { replaceHighlights } from "./highlight";
import { readStatusFills } from "./readFills";
import {
  defaultIsSetSupported,
  WriteGuard,
  type ExcelRun,
  type ExcelRunWithOptions,
  type IsSetSupported,
} from "./host";
import { mergesFromXlsx, readFileBytes, type OfficeFileSource, type ZipLoader } from "./fileMerges";
import { hostLimitations, type HostLimitation } from "./limitations";
import { readGrid, type SheetSizes } from "./readGrid";
import { listingOf, queueListing, type LastListing } from "./sheetList";
import { loadSettings, saveSettings, select } from "./settings";
import { readSnapshot, writeSnapshot } from "./snapshot";
import { applyTidy } from "./tidy";
import { loadTidyRecord, tidyRecordOf } from "./tidyRecord";
import { removeTidy } from "./tidyRemove";
import { appendRows, writeSheet } from "./writeSheet";

export { AdapterError, type AdapterErrorCode } from "./errors";
export type { EditedEvent, OnEditedOptions } from "./events";
export type { ExcelRun, ExcelRunWithOptions, IsSetSupported } from "./host";
export type { OfficeFileSource, ZipLoader } from "./fileMerges";
export type { HostLimitation } from "./limitations";

export interface OfficeWorkbookOptions {
  /** Defaults to Office.context.requirements.isSetSupported (notes need ExcelApi 1.18). */
  readonly isSetSupported?: IsSetSupported;
  /** Bytes per read sync when a workbook must be read in blocks (default 4 MB). */
  readonly readBudget?: number;
  /**
   * Estimated bytes per write request (default 4 MB): larger highlights and sheets are split into
   * batches, a sync each.
   */
  readonly writeBudget?: number;
  /**
   * Whether the host caps each request and response (Excel on the web: 5 MB). Default true: a workbook
   * estimated over the read budget is read in blocks without first trying it whole. False (Excel on the
   * desktop) tries the whole read first.
   */
  readonly payloadLimited?: boolean;
  /** How long after its own write the add-in ignores change events (default 1000 ms). */
  readonly ownWriteGraceMs?: number;
  /**
   * `Excel.run(options, batch)`: from ExcelApi 1.20 each write runs with mergeUndoGroup, so one action of
   * the add-in is one step on the user's undo list, not one per sync.
   */
  readonly runWithOptions?: ExcelRunWithOptions;
  /** Office.context.document: before ExcelApi 1.13 merged areas are read from the workbook's file. */
  readonly fileSource?: OfficeFileSource;
  /** How JSZip is loaded for the file (default: a chunk of its own; tests pass the module). */
  readonly loadZip?: ZipLoader;
}

/** The Office.js workbook: NavigablePort plus a change subscription. */
export interface OfficeWorkbook extends NavigablePort {
  /** What this Excel cannot do that a newer one can, each with the sentence the pane shows once. */
  readonly limitations: readonly HostLimitation[];
  onEdited(
    callback: (e: EditedEvent) => void,
    options?: OnEditedOptions
  ): Promise<() => Promise<void>>;
}

/** What every operation of the workbook shares: how it runs, writes and reads (see createOfficeWorkbook). */
interface Plumbing {
  readonly run: ExcelRun;
  /** Excel.run for the add-in's writes: one undo group where Excel allows it, shared inside inOneStep. */
  readonly writeRun: ExcelRun;
  readonly isSetSupported: IsSetSupported;
  readonly budget: { budget?: number };
  /** Runs `fn`, turning a failure into an AdapterError that says what was being done. */
  wrap<T>(doing: string, fn: () => Promise<T>): Promise<T>;
  /** As `wrap`, for a write: counted, and its change events ignored (the write guard). */
  write<T>(doing: string, fn: () => Promise<T>): Promise<T>;
}

/** Reading the grid: remembers sheet sizes and ids between reads, and how merged areas are read here. */
function gridReader(p: Plumbing, options: OfficeWorkbookOptions, sheetIds: Map<string, string>) {
  const fileSource = options.fileSource;
  const mergedAreas: "api" | "file" | "none" = p.isSetSupported("ExcelApi", "1.13")
    ? "api"
    : fileSource
      ? "file"
      : "none";
  const fileMerges = fileSource
    ? async () => mergesFromXlsx(await readFileBytes(fileSource), options.loadZip)
    : undefined;
  // what each read learnt about the sheets' sizes, so the next check of a large workbook goes to blocks
  const sizes: SheetSizes = new Map();
  // which sheets the last listing found: a read that knows them lists and reads them in one sync
  const last: LastListing = { eligible: null };
  const readWith = (sheets: readonly string[] | undefined, detect?: DetectOptions) =>
    p.wrap("Reading the workbook", async () => {
      const grid = await readGrid(p.run, {
        ...(sheets ? { sheets } : {}),
        ...(options.readBudget ? { budget: options.readBudget } : {}),
        ...(options.payloadLimited === false ? { limited: false } : {}),
        sizes,
        last,
        sheetIds,
        mergedAreas,
        ...(fileMerges ? { fileMerges } : {}),
      });
      // RAG shown only as colour: the fills of blank status cells, one more sync when there are any
      return readStatusFills(p.run, grid, p.isSetSupported, detect);
    });
  const read: NavigablePort["readGrid"] = async (o) => (await readWith(o?.sheets)).grid;
  const readWithTables: NonNullable<NavigablePort["readGridWithTables"]> = (o) =>
    readWith(o.sheets, o.detect);
  /** The sheet listing, queued beside another read (the settings at load): the first check then guesses. */
  const listAlongside = (context: Excel.RequestContext) => {
    const queued = queueListing(context);
    return () => void listingOf(queued, sizes, { sheetIds, last });
  };
  return { read, readWithTables, mergedAreas, listAlongside };
}

/** The add-in's writes to the workbook: highlights, sheets, settings, the snapshot and tidy rules. */
function writes(p: Plumbing) {
  const { writeRun, isSetSupported, budget } = p;
  return {
    applyHighlights: (plan: HighlightPlan) =>
      p.write("Highlighting", () =>
        replaceHighlights(plan, { run: writeRun, isSetSupported, strictBackup: false, ...budget })
      ),
    clearHighlights: () =>
      p.write("Clearing highlights", () =>
        replaceHighlights(
          { cells: [] },
          { run: writeRun, isSetSupported, strictBackup: true, ...budget }
        )
      ),
    writeSheet: ((model, o) =>
      p.write(`Writing the "${model.name}" sheet`, () =>
        writeSheet(writeRun, model, { ...o, ...budget })
      )) as NavigablePort["writeSheet"],
    appendRows: ((sheetName, header, rows, o) =>
      p.write(`Adding to the "${sheetName}" sheet`, () =>
        appendRows(writeRun, sheetName, header, rows, o?.chart)
      )) as NavigablePort["appendRows"],
    saveSettings: ((value) =>
      p.write("Saving settings", () =>
        saveSettings(writeRun, value)
      )) as NavigablePort["saveSettings"],
    writeSnapshot: (xml: string) =>
      p.write("Saving the report's snapshot", () => writeSnapshot(writeRun, xml)),
    applyTidy: ((w) => p.write("Tidying the plan", () => applyTidy(writeRun, w))) as NonNullable<
      NavigablePort["applyTidy"]
    >,
    removeTidy: () => p.write("Removing the tidy rules", () => removeTidy(writeRun)),
  };
}

/**
 * The add-in's reads besides the grid: settings (with the sheet listing beside them, which costs the pane's
 * load no round trip and saves the first check one), the snapshot, what tidy added.
 */
function reads(p: Plumbing, listAlongside: (context: Excel.RequestContext) => () => void) {
  const { run } = p;
  return {
    loadSettings: () => p.wrap("Loading settings", () => loadSettings(run, listAlongside)),
    readSnapshot: () => p.wrap("Reading the last report's snapshot", () => readSnapshot(run)),
    readTidyRecord: () =>
      p.wrap("Reading what tidy added", () =>
        run(async (context) => {
          const record = loadTidyRecord(context);
          await context.sync();
          return tidyRecordOf(record);
        })
      ),
  };
}

/** The only place the add-in touches Excel.*: pass `Excel.run` inside Excel, a fake's `run` in tests. */
export function createOfficeWorkbook(
  run: ExcelRun,
  options: OfficeWorkbookOptions = {}
): OfficeWorkbook {
  const guard = new WriteGuard(options.ownWriteGraceMs ?? 1000);
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported;
  const wrap = async <T>(doing: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw toAdapterError(e, doing);
    }
  };
  // an add-in write is one undo step where Excel allows it (1.20), else as Excel.run makes it
  const runWithOptions = options.runWithOptions;
  const undoGroups = runWithOptions && isSetSupported("ExcelApi", "1.20") ? runWithOptions : null;
  // inside inOneStep every write shares that one Excel.run, so its syncs merge into one undo group
  let shared: Excel.RequestContext | null = null;
  const writeRun: ExcelRun = (batch) =>
    shared ? batch(shared) : undoGroups ? undoGroups({ mergeUndoGroup: true }, batch) : run(batch);
  // what the last read found and how often the add-in wrote since: a re-check after an edit needs both
  const sheetIds = new Map<string, string>();
  let writeCount = 0;
  const plumbing: Plumbing = {
    run,
    writeRun,
    isSetSupported,
    budget: options.writeBudget ? { budget: options.writeBudget } : {},
    wrap,
    write: (doing, fn) => {
      writeCount += 1;
      return wrap(doing, () => guard.during(fn));
    },
  };
  const grid = gridReader(plumbing, options, sheetIds);
  return {
    limitations: hostLimitations(isSetSupported, grid.mergedAreas),
    readGrid: grid.read,
    readGridWithTables: grid.readWithTables,
    ...writes(plumbing),
    ...reads(plumbing, grid.listAlongside),
    inOneStep: async (fn) => {
      if (!undoGroups || shared) return fn();
      return undoGroups({ mergeUndoGroup: true }, async (context) => {
        shared = context;
        try {
          return await fn();
        } finally {
          shared = null;
        }
      });
    },
    memory: () => ({ sheets: new Map(sheetIds), writes: writeCount }),
    select: (sheet, address) =>
      wrap(`Going to ${sheet}!${address}`, () => select(run, sheet, address)),
    onEdited: (callback, o) =>
      wrap("Listening for edits", () => onEdited(run, guard, isSetSupported, callback, o ?? {})),
  };
}
