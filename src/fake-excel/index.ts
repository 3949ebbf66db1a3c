import { splitSheet, parseRect, rectA1 } from "./address";
import { eachCell, writeInput } from "./cells";
import { FakeRequestContext } from "./context";
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
export interface FakeExcel {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  readonly host: FakeHost;
  readonly stats: FakeHost["stats"];
  readonly faults: FakeHost["faults"];
  /** The live workbook state. */
  readonly state: FakeWorkbookState;
  /** A copy of the state as it would be saved: feed it to `createFakeExcelFromState` to "reopen". */
  snapshot(): FakeWorkbookState;
  /** Mimics Office.context.requirements.isSetSupported for the fake's profile (version and platform). */
  isSetSupported(name: string, version?: string): boolean;
  readonly events: {
    /** A user typing into cells: applies the values and fires onChanged (triggerSource "Unknown"). */
    userEdit(sheet: string, address: string, values: unknown[][]): Promise<void>;
  };
}

export function createFakeExcelFromState(
  state: FakeWorkbookState,
  options: FakeHostOptions = {}
): FakeExcel {
  const host = new FakeHost(state, options);
  return {
    host,
    stats: host.stats,
    faults: host.faults,
    get state() {
      return host.state;
    },
    run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> =>
      batch(new FakeRequestContext(host)),
    snapshot: () => structuredClone(host.state),
    isSetSupported: (name: string, version?: string) =>
      profileSupports(host.profile, name, version ?? "1.1"),
    events: {
      userEdit: (sheetName: string, address: string, values: unknown[][]) => {
        const sheet = host.sheetByName(sheetName);
        const rect = parseRect(splitSheet(address).local);
        if (!sheet || !rect) throw new Error(`userEdit: no ${sheetName}!${address}`);
        eachCell(sheet, rect, (cell, row, col) =>
          writeInput(cell, values[row - rect.top]?.[col - rect.left])
        );
        host.pendingChanges.push({ sheetId: sheet.id, address: rectA1(rect), trigger: "Unknown" });
        return host.flushChanges();
      },
    },
  };
}

/** Creates a fake Excel workbook from a seed. */
export function createFakeExcel(seed: FakeWorkbookSeed, options: FakeHostOptions = {}): FakeExcel {
  return createFakeExcelFromState(stateFromSeed(seed), options);
}
