import { splitSheet, parseRect, rectA1 } from "./address";
import { eachCell, writeInput } from "./cells";
import { FakeRequestContext } from "./context";
import { fakeDocument, type FakeDocument } from "./file";
import { FakeHost, type FakeHostOptions } from "./host";
import { profileSupports } from "./profile";
import { stateFromSeed } from "./seed";
import type { FakeWorkbookSeed, FakeWorkbookState } from "./types";

export type { FakeRequestContext } from "./context";
export type { FakeHostOptions, FakeChangedEventArgs } from "./host";
export { DEFAULT_PAYLOAD_LIMIT } from "./host";
export { FakeOfficeError } from "./errors";
export * from "./profile";
export type { FakeStats, SyncRecord } from "./stats";
export * from "./types";

/** An in-memory Excel: `run` mimics Excel.run; the rest is for tests to inspect and steer it. */
/** Excel.run's options the fake understands (mergeUndoGroup needs ExcelApi 1.20). */
export interface FakeRunOptions {
  mergeUndoGroup?: boolean;
}

export interface FakeExcel {
  /** Excel.run: `run(batch)`, or `run(options, batch)` as Excel.run(options, batch). */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(options: FakeRunOptions, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  readonly host: FakeHost;
  readonly stats: FakeHost["stats"];
  readonly faults: FakeHost["faults"];
  /** The live workbook state. */
  readonly state: FakeWorkbookState;
  /** A copy of the state as it would be saved: feed it to `createFakeExcelFromState` to "reopen". */
  snapshot(): FakeWorkbookState;
  /** Office.context.document: getFileAsync hands over the workbook as an .xlsx (sheets and merges). */
  readonly document: FakeDocument;
  /** Mimics Office.context.requirements.isSetSupported for the fake's profile (version and platform). */
  isSetSupported(name: string, version?: string): boolean;
  readonly events: {
    /** A user typing into cells: applies the values and fires onChanged (triggerSource "Unknown"). */
    userEdit(sheet: string, address: string, values: unknown[][]): Promise<void>;
    /** The user's Ctrl+Z: undoes the last step on the undo list; says whose it was (null: nothing to undo). */
    undo(): "user" | "add-in" | null;
  };
}

export function createFakeExcelFromState(
  state: FakeWorkbookState,
  options: FakeHostOptions = {}
): FakeExcel {
  const host = new FakeHost(state, options);
  let runs = 0;
  const run = async <T>(
    a: FakeRunOptions | ((context: FakeRequestContext) => Promise<T>),
    b?: (context: FakeRequestContext) => Promise<T>
  ): Promise<T> => {
    const batch = typeof a === "function" ? a : b;
    const opts = typeof a === "function" ? {} : a;
    if (!batch) throw new TypeError("Excel.run needs a batch function");
    // an option the host's version does not know is refused before the batch starts
    if (opts.mergeUndoGroup !== undefined) host.require("RunOptions.mergeUndoGroup");
    runs += 1;
    return batch(new FakeRequestContext(host, { id: runs, mergeUndoGroup: !!opts.mergeUndoGroup }));
  };
  return {
    host,
    stats: host.stats,
    faults: host.faults,
    get state() {
      return host.state;
    },
    run,
    snapshot: () => structuredClone(host.state),
    document: fakeDocument(() => host.state),
    isSetSupported: (name: string, version?: string) =>
      profileSupports(host.profile, name, version ?? "1.1"),
    events: {
      userEdit: (sheetName: string, address: string, values: unknown[][]) => {
        const sheet = host.sheetByName(sheetName);
        const rect = parseRect(splitSheet(address).local);
        if (!sheet || !rect) throw new Error(`userEdit: no ${sheetName}!${address}`);
        host.undo.push({ by: "user", group: null, before: structuredClone(host.state) });
        eachCell(sheet, rect, (cell, row, col) =>
          writeInput(cell, values[row - rect.top]?.[col - rect.left])
        );
        host.pendingChanges.push({ sheetId: sheet.id, address: rectA1(rect), trigger: "Unknown" });
        return host.flushChanges();
      },
      undo: () => {
        const step = host.undo.pop();
        if (!step) return null;
        host.state = step.before;
        return step.by;
      },
    },
  };
}

/** Creates a fake Excel workbook from a seed. */
export function createFakeExcel(seed: FakeWorkbookSeed, options: FakeHostOptions = {}): FakeExcel {
  return createFakeExcelFromState(stateFromSeed(seed), options);
}
