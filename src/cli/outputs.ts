import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { readOwnSheetMarks } from "../adapters/xlsx/ownSheets";
import { writeCheckedCopy, writeRollup } from "../adapters/xlsx/writeCheckedCopy";
import { highlightPlan } from "../core/engine";
import type { Config } from "../core/schema";
import { buildSummary, historyRow, rollupSheetModels, summarySheetModel } from "../core/summary";
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

/**
 * Writes, for each readable input, a checked copy into `outDir`: highlights, the "RAG Summary" sheet and,
 * with `snapshot`, a dated row in "RAG History". Returns the paths written.
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
  }
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    if (!f.bytes || f.report.error) continue;
    const out = join(outDir, checkedName(f.path, (await readOwnSheetMarks(f.bytes)).checkedCopy));
    // the input is never written, even when it is the checked copy in the output folder
    if (resolve(out) === resolve(f.path)) {
      options.onSkip?.(`not written: ${f.path} is already the checked copy in ${outDir}`);
      continue;
    }
    const summary = buildSummary(f.report.tables, asOf, { workbookIssues: f.report.issues });
    const model = summarySheetModel(summary, {
      generatedAt: options.generatedAt ?? new Date().toISOString(),
      completeLabel: config.completeLabel,
      completeColour: config.completeColour,
      file: f.report.file,
    });
    const bytes = await writeCheckedCopy(f.bytes, {
      highlights: highlightPlan(f.report),
      summary: model,
      ...(options.snapshot ? { history: historyRow(summary, asOf, config.completeLabel) } : {}),
    });
    await writeFile(out, bytes);
    written.push(out);
  }
  return written;
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
