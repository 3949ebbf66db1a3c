// `check --format json` without --out: the batch report written from each workbook's entry, most of them
// already JSON text made on the thread that checked the workbook (batchEntry.ts), so the main thread joins
// strings instead of building, checking and serialising every report itself.
import { checkReportEnvelope, checkWorkbookReport } from "../app/report";
import { TOOL_NAME, TOOL_VERSION } from "../core/version";
import { isPrinted, WORKBOOK_DEPTH, WORKBOOK_INDENT, type BatchEntry } from "./batchEntry";
import { jsonPieces, writePieces } from "./jsonOut";

/** The pieces of JSON.stringify(report, null, 2) and a newline, the report being built of `entries`. */
export function* batchPieces(entries: readonly BatchEntry[], asOf: string): Generator<string> {
  yield `{\n  "tool": ${JSON.stringify(TOOL_NAME)},\n  "version": ${JSON.stringify(TOOL_VERSION)},\n`;
  yield `  "asOf": ${JSON.stringify(asOf)},\n  "workbooks": `;
  if (entries.length === 0) yield "[]";
  else {
    yield `[\n${WORKBOOK_INDENT}`;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as BatchEntry;
      if (i > 0) yield `,\n${WORKBOOK_INDENT}`;
      if (isPrinted(entry)) yield entry.text;
      else yield* jsonPieces(entry.report, WORKBOOK_INDENT, WORKBOOK_DEPTH);
    }
    yield "\n  ]";
  }
  yield "\n}\n";
}

/**
 * Checks what was not checked where it was made (the report's own fields, the workbooks kept as objects),
 * then writes the report: an invalid report throws before anything is written.
 */
export async function writeBatchJson(
  entries: readonly BatchEntry[],
  asOf: string,
  write: (text: string) => void | Promise<void>
): Promise<void> {
  checkReportEnvelope(asOf);
  entries.forEach((e, i) => {
    if (!isPrinted(e)) checkWorkbookReport(e.report, ["workbooks", i]);
  });
  await writePieces(batchPieces(entries, asOf), write);
}

/** Each entry's error (a file that could not be checked), if any. */
export function entryError(entry: BatchEntry): string | undefined {
  return isPrinted(entry) ? entry.error : entry.report.error;
}

/** 2 when a file could not be checked, else 1 when a workbook is not ready to submit, else 0. */
export function batchExitCode(entries: readonly BatchEntry[]): number {
  if (entries.some((e) => entryError(e))) return 2;
  const notReady = (e: BatchEntry): boolean =>
    isPrinted(e) ? e.notReady : e.report.verdict?.ready === false;
  return entries.some(notReady) ? 1 : 0;
}
