import { checkWorkbookReport } from "../app/report";
import type { Config, WorkbookReport } from "../core/schema";
import { checkFile, type CheckedFile } from "./checkFile";
import { jsonPieces } from "./jsonOut";

/**
 * A workbook checked for `check --format json`: its entry of the batch report already as JSON text, made
 * (and checked against the schema) on the thread that checked it, so the main thread only joins texts.
 * The rest is what the exit code and stderr need.
 */
export interface PrintedFile {
  readonly path: string;
  /** The workbook's member of the report's "workbooks" array, as JSON.stringify(report, null, 2) lays it out. */
  readonly text: string;
  readonly error?: string;
  readonly notReady: boolean;
}

export type BatchEntry = CheckedFile | PrintedFile;

export function isPrinted(entry: BatchEntry): entry is PrintedFile {
  return "text" in entry;
}

/** Where a workbook sits in JSON.stringify(report, null, 2): in "workbooks", two levels in. */
export const WORKBOOK_INDENT = "    ";
export const WORKBOOK_DEPTH = 2;

/**
 * Above this many actions a workbook's entry is not made as one string (a 100,000-row plan's is 160 MB):
 * its report is kept and written in pieces (jsonOut.ts).
 */
const MAX_TEXT_ACTIONS = 10_000;

/** How every thread of a batch treats its files. */
export interface EntrySetup {
  readonly config: Config;
  readonly asOf: string;
  /** Keep each file's bytes (for --out). */
  readonly keepBytes: boolean;
  /** Make each workbook's entry of the JSON report as text (check --format json without --out). */
  readonly asJson: boolean;
}

/** The workbook's entry as text, checked against the schema first (throws zod's error); null when too large. */
export function printed(path: string, report: WorkbookReport, index: number): PrintedFile | null {
  const actions = report.tables.reduce((n, t) => n + t.actions.length, 0);
  if (actions > MAX_TEXT_ACTIONS) return null;
  checkWorkbookReport(report, ["workbooks", index]);
  // joined, not added up: `+=` leaves a rope of every piece, held until the report is written
  const text = [...jsonPieces(report, WORKBOOK_INDENT, WORKBOOK_DEPTH)].join("");
  return {
    path,
    text,
    ...(report.error !== undefined ? { error: report.error } : {}),
    notReady: report.verdict?.ready === false,
  };
}

/** Checks the file at `index` of the batch the way `setup` asks. Throws only for a report the schema refuses. */
export async function checkEntry(
  path: string,
  index: number,
  setup: EntrySetup
): Promise<BatchEntry> {
  const checked = await checkFile(path, setup.config, setup.asOf, { keepBytes: setup.keepBytes });
  if (setup.asJson) {
    const entry = printed(path, checked.report, index);
    if (entry) return entry;
  }
  return checked;
}
