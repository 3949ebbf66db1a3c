import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { notXlsxReason } from "../adapters/xlsx/sniff";
import { readXlsxGrid } from "../adapters/xlsx/readPackage";
import { nodeInflater } from "../adapters/xlsx/readZipNode";
import { checkWorkbook } from "../core/engine";
import type { WorkbookGrid } from "../core/grid/types";
import type { Config, WorkbookReport } from "../core/schema";

export interface CheckedFile {
  readonly path: string;
  readonly report: WorkbookReport;
  /** The file's bytes, kept for writing the checked copy; absent when it could not be read. */
  readonly bytes?: Buffer;
}

export function unreadable(path: string, reason: string): CheckedFile {
  return {
    path,
    report: { file: basename(path), tables: [], issues: [], error: `${basename(path)}: ${reason}` },
  };
}

/**
 * A failure as the sentence after "plan.xlsx: ". The reader's own refusals are sentences already; anything
 * else (a fault in the reader or the engine on a file nobody foresaw) is named as such, without a stack,
 * so one odd file never stops the batch or prints a trace.
 */
function failure(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack|allocation|array length/i.test(message)) {
    return `this workbook could not be checked (it is too large or too deeply nested: ${message}).`;
  }
  return message || "this workbook could not be checked (an unexpected error).";
}

/** The workbook's grid, and its bytes when asked for; or why the file is not a workbook to read. */
type ReadFile =
  { readonly grid: WorkbookGrid; readonly bytes?: Buffer } | { readonly error: string };

/**
 * Reads the file and its package. Without `keepBytes` the bytes are not returned, so nothing holds them
 * while the engine runs (they are garbage once the grid is read). Throws what the package reader throws.
 */
async function readWorkbookFile(path: string, keepBytes: boolean): Promise<ReadFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return {
      error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
    };
  }
  const reason = notXlsxReason(bytes);
  if (reason) return { error: reason };
  // the tool's own sheets (from an earlier --out) are not plans to check
  const grid = await readXlsxGrid(bytes, { skipOwnSheets: true, inflater: nodeInflater });
  return keepBytes ? { grid, bytes } : { grid };
}

/**
 * Reads and checks one workbook. Never throws: a file that cannot be read becomes a report with an error.
 * `keepBytes` (default true) keeps the file's bytes in the result, for writing its checked copy.
 */
export async function checkFile(
  path: string,
  config: Config,
  asOf: string,
  options: { readonly keepBytes?: boolean } = {}
): Promise<CheckedFile> {
  try {
    const read = await readWorkbookFile(path, options.keepBytes ?? true);
    if ("error" in read) return unreadable(path, read.error);
    const report = checkWorkbook(read.grid, config, asOf, basename(path));
    return read.bytes ? { path, report, bytes: read.bytes } : { path, report };
  } catch (e) {
    return unreadable(path, failure(e));
  }
}
