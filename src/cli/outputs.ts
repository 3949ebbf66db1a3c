import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { readOwnSheetMarks } from "../adapters/xlsx/ownSheets";
import { writeRollup } from "../adapters/xlsx/writeCheckedCopy";
import { openXlsxWorkbook } from "../adapters/xlsx/xlsxPort";
import { highlightReport } from "../app/check";
import { appendSnapshot, writeSummarySheet } from "../app/summary";
import type { Config } from "../core/schema";
import { buildSummary, rollupSheetModels, type SinceLast } from "../core/summary";
import type { CheckedFile } from "./checkFile";

/**
 * "plan.xlsx" → "plan.checked.xlsx". A checked copy checked again keeps its name ("plan.checked.xlsx",
 * never "plan.checked.checked.xlsx"): it is recognised by the mark the tool leaves in it.
 */
export function checkedName(path: string, isCheckedCopy = false): string {
  const ext = extname(path);
  const base = basename(path, ext);
  return `${isCheckedCopy ? base.replace(/\.checked$/i, "") : base}.checked${ext || ".xlsx"}`;
}

export interface CopiesWritten {
  readonly written: string[];
  /** Copies that could not be written, each with a sentence naming the file; the batch went on. */
  readonly failed: Array<{ readonly path: string; readonly error: string }>;
}

/**
 * Writes, for each readable input, a checked copy into `outDir` through the same use cases the pane runs
 * (src/app): check and highlight, the "RAG Summary" sheet and, with `snapshot`, a dated row in "RAG
 * History", on the .xlsx port, which saves them as a patch of the input package. A copy that fails is
 * named and the others are still written.
 */
export async function writeCheckedCopies(
  files: readonly CheckedFile[],
  config: Config,
  asOf: string,
  outDir: string,
  options: {
    readonly snapshot: boolean;
    readonly generatedAt?: string;
    /** Told why a copy was not written (a checked copy whose copy would be itself). */
    readonly onSkip?: (message: string) => void;
    /** The earlier version the summary's "Since last report" compares with (compare OLD NEW --out). */
    readonly since?: SinceLast;
  }
): Promise<CopiesWritten> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const failed: Array<{ path: string; error: string }> = [];
  for (const f of files) {
    if (!f.bytes || f.report.error) continue;
    const out = join(outDir, checkedName(f.path, (await readOwnSheetMarks(f.bytes)).checkedCopy));
    // the input is never written, even when it is the checked copy in the output folder
    if (resolve(out) === resolve(f.path)) {
      options.onSkip?.(`not written: ${f.path} is already the checked copy in ${outDir}`);
      continue;
    }
    try {
      // the report printed is the one the copy shows: the workbook is not read and rated again
      const port = openXlsxWorkbook(f.bytes);
      const { report } = await highlightReport(port, f.report, asOf);
      const generatedAt = options.generatedAt ?? new Date().toISOString();
      await writeSummarySheet(port, report, config, asOf, generatedAt, undefined, {
        ...(options.since ? { since: options.since } : {}),
      });
      if (options.snapshot) await appendSnapshot(port, report, config, asOf);
      await writeFile(out, await port.save());
      written.push(out);
    } catch (e) {
      const reason = (e as Error).message || String(e);
      failed.push({
        path: f.path,
        error: `${basename(f.path)}: the checked copy could not be written (${reason}).`,
      });
    }
  }
  return { written, failed };
}

/** One workbook with a row per plan and the combined exceptions list. */
export async function writeRollupFile(
  files: readonly CheckedFile[],
  config: Config,
  asOf: string,
  outPath: string,
  options: {
    readonly asOfByFile?: Readonly<Record<string, string>>;
    readonly generatedAt?: string;
  } = {}
): Promise<void> {
  const plans = files.map((f) => {
    if (f.report.error) return { file: f.report.file, summary: null, error: f.report.error };
    const planAsOf = options.asOfByFile?.[f.report.file] ?? asOf;
    return {
      file: f.report.file,
      summary: buildSummary(f.report.tables, planAsOf, { workbookIssues: f.report.issues }),
    };
  });
  const models = rollupSheetModels(plans, {
    asOf,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    completeLabel: config.completeLabel,
    completeColour: config.completeColour,
  });
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, await writeRollup(models));
}
