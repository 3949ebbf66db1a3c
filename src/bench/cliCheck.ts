import { stat } from "node:fs/promises";
import { checkFile } from "../cli/checkFile";
import { DEFAULT_CONFIG } from "../core/schema/config";
import { BENCH_AS_OF } from "./generate";
import { median } from "./stats";

/**
 * The CLI's path from a file on disk to its report (`checkFile`: read the bytes, the package reader, the
 * engine), on the same workbook ExcelJS loads in the peers part, so the two stand side by side.
 */
export interface CliCheckResult {
  readonly rows: number;
  readonly fileBytes: number;
  /** Median file → report time. */
  readonly ms: number;
  readonly allMs: readonly number[];
  /** Peak resident memory of the first run, in a process that did only this (a child under `npm run bench`). */
  readonly maxRssMB: number;
  readonly actionsFound: number;
  /** ExcelJS's load alone of the same file (from the peers part), and how many times slower it is. */
  readonly exceljsLoadMs?: number;
  readonly speedup?: number;
}

export async function measureCliCheck(
  path: string,
  rows: number,
  runs: number
): Promise<CliCheckResult> {
  const times: number[] = [];
  let actionsFound = 0;
  // the peak of the first run is the CLI's (one file, one check); later runs add the garbage of earlier ones
  let maxRssMB = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    // as `check --format json` does: the bytes are kept only for writing a checked copy
    const { report } = await checkFile(path, DEFAULT_CONFIG, BENCH_AS_OF, { keepBytes: false });
    times.push(performance.now() - t0);
    if (i === 0) maxRssMB = process.resourceUsage().maxRSS / 1024;
    if (report.error) throw new Error(report.error);
    actionsFound = report.tables.reduce((n, t) => n + t.actions.length, 0);
  }
  return {
    rows,
    fileBytes: (await stat(path)).size,
    ms: median(times),
    allMs: times,
    maxRssMB,
    actionsFound,
  };
}
