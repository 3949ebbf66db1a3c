import type { NavigablePort } from "../../app/ports";
import { toAdapterError } from "./errors";
import { onEdited, type EditedEvent, type OnEditedOptions } from "./events";
import { replaceHighlights } from "./highlight";
import { withStatusFills } from "./readFills";
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
  const budget = options.writeBudget ? { budget: options.writeBudget } : {};
  // an add-in write is one undo step where Excel allows it (1.20), else as Excel.run makes it
  const runWithOptions = options.runWithOptions;
  const undoGroups = runWithOptions && isSetSupported("ExcelApi", "1.20") ? runWithOptions : null;
  // inside inOneStep every write shares that one Excel.run, so its syncs merge into one undo group
  let shared: Excel.RequestContext | null = null;
  const writeRun: ExcelRun = (batch) =>
    shared ? batch(shared) : undoGroups ? undoGroups({ mergeUndoGroup: true }, batch) : run(batch);
  const fileSource = options.fileSource;
  const mergedAreas = isSetSupported("ExcelApi", "1.13") ? "api" : fileSource ? "file" : "none";
  const fileMerges = fileSource
    ? async () => mergesFromXlsx(await readFileBytes(fileSource), options.loadZip)
    : undefined;
  // what each read learnt about the sheets' sizes, so the next check of a large workbook goes to blocks
  const sizes: SheetSizes = new Map();
  // what the last read found and how often the add-in wrote since: a re-check after an edit needs both
  const sheetIds = new Map<string, string>();
  let writeCount = 0;
  const write = <T>(doing: string, fn: () => Promise<T>): Promise<T> => {
    writeCount += 1;
    return wrap(doing, () => guard.during(fn));
  };
  return {
    limitations: hostLimitations(isSetSupported, mergedAreas),
    readGrid: (o) =>
      wrap("Reading the workbook", async () => {
        const grid = await readGrid(run, {
          ...(o?.sheets ? { sheets: o.sheets } : {}),
          ...(options.readBudget ? { budget: options.readBudget } : {}),
          ...(options.payloadLimited === false ? { limited: false } : {}),
          sizes,
          sheetIds,
          mergedAreas,
          ...(fileMerges ? { fileMerges } : {}),
        });
        // RAG shown only as colour: the fills of blank status cells, one more sync when there are any
        return withStatusFills(run, grid, isSetSupported);
      }),
    applyHighlights: (plan) =>
      write("Highlighting", () =>
        replaceHighlights(plan, { run: writeRun, isSetSupported, strictBackup: false, ...budget })
      ),
    clearHighlights: () =>
      write("Clearing highlights", () =>
        replaceHighlights(
          { cells: [] },
          { run: writeRun, isSetSupported, strictBackup: true, ...budget }
        )
      ),
    writeSheet: (model, o) =>
      write(`Writing the "${model.name}" sheet`, () =>
        writeSheet(writeRun, model, { ...o, ...budget })
      ),
    appendRows: (sheetName, header, rows, options) =>
      write(`Adding to the "${sheetName}" sheet`, () =>
        appendRows(writeRun, sheetName, header, rows, options?.chart)
      ),
    loadSettings: () => wrap("Loading settings", () => loadSettings(run)),
    saveSettings: (value) => write("Saving settings", () => saveSettings(writeRun, value)),
    readSnapshot: () => wrap("Reading the last report's snapshot", () => readSnapshot(run)),
    writeSnapshot: (xml) =>
      write("Saving the report's snapshot", () => writeSnapshot(writeRun, xml)),
    applyTidy: (writes) => write("Tidying the plan", () => applyTidy(writeRun, writes)),
    readTidyRecord: () =>
      wrap("Reading what tidy added", () =>
        run(async (context) => {
          const record = loadTidyRecord(context);
          await context.sync();
          return tidyRecordOf(record);
        })
      ),
    removeTidy: () => write("Removing the tidy rules", () => removeTidy(writeRun)),
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
