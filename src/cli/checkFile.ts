import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { notXlsxReason } from "../adapters/xlsx/sniff";
import { readXlsxGrid } from "../adapters/xlsx/readPackage";
import { nodeInflater } from "../adapters/xlsx/readZipNode";
import { checkWorkbook } from "../core/engine";
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

/** Reads and checks one workbook. Never throws: a file that cannot be read becomes a report with an error. */
export async function checkFile(path: string, config: Config, asOf: string): Promise<CheckedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return unreadable(
      path,
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`
    );
  }
  const reason = notXlsxReason(bytes);
  if (reason) return unreadable(path, reason);
  try {
    // the tool's own sheets (from an earlier --out) are not plans to check
    const grid = await readXlsxGrid(bytes, { skipOwnSheets: true, inflater: nodeInflater });
    return { path, report: checkWorkbook(grid, config, asOf, basename(path)), bytes };
  } catch (e) {
    return unreadable(path, failure(e));
  }
}
