import type { WorkbookReport } from "../core/schema";
import type { EntrySetup, PrintedFile } from "./batchEntry";

/**
 * What every worker of the pool is started with (workerData). The workers take the files themselves, the
 * next index from a shared counter, so no thread waits for another to hand it work.
 */
export interface PoolSetup extends EntrySetup {
  readonly paths: readonly string[];
  /** Where each path's workbook sits in the batch report (a refused report is named by it). */
  readonly indexes: readonly number[];
  /** Int32s: [0] the next file to take; [1 + slot] the file worker `slot` is on, -1 when none. */
  readonly shared: SharedArrayBuffer;
  readonly slot: number;
}

/** A worker's answer for one file: its entry as JSON text, its report (and bytes when asked for), or a
 * report the schema refused (its issues, without the schema objects, which cannot cross threads). */
export type PoolReply =
  | { readonly id: number; readonly kind: "printed"; readonly entry: PrintedFile }
  | {
      readonly id: number;
      readonly kind: "report";
      readonly report: WorkbookReport;
      readonly bytes?: ArrayBuffer;
    }
  | { readonly id: number; readonly kind: "invalid"; readonly issues: readonly RefusedIssue[] };

export interface RefusedIssue {
  readonly code: string;
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}
