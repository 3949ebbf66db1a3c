import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { writeCheckedCopy, writeRollup } from "../adapters/xlsx/writeCheckedCopy";
import { highlightPlan } from "../core/engine";
import type { Config } from "../core/schema";
import { buildSummary, historyRow, rollupSheetModels, summarySheetModel } from "../core/summary";
import type { CheckedFile } from "./checkFile";

/** "plan.xlsx" → "plan.checked.xlsx": the checked copy never overwrites the input. */
export function checkedName(path: string): string {
  const ext = extname(path);
  return `${basename(path, ext)}.checked${ext || ".xlsx"}`;
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
  options: { readonly snapshot: boolean; readonly generatedAt?: string }
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    if (!f.bytes || f.report.error) continue;
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
    const out = join(outDir, checkedName(f.path));
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
