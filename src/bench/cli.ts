import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH_AS_OF, generatePlan } from "./generate";
import { writePlanXlsx } from "./peers";
import { median, round } from "./stats";

/** One `check` of a folder with a given number of threads (--jobs: the main thread and N-1 workers). */
export interface FolderRun {
  readonly jobs: number;
  readonly ms: number;
}

/** What a person at the command line waits for (issue 18). */
export interface CliResult {
  /** `--help` in a fresh Node process, spawn to exit: the cost of starting the tool (median). */
  readonly startMs: number;
  readonly startRuns: readonly number[];
  /** `check FILE --format json` on the synthetic plan written as .xlsx, spawn to exit, by action rows. */
  readonly fileMs: readonly {
    readonly rows: number;
    readonly ms: number;
    readonly bytes: number;
  }[];
  /** Workbooks in the folder: copies of the fixture plans (tests/fixtures/*.xlsx). */
  readonly folderFiles: number;
  /** `check FOLDER` with the default threads (the cores available, the batch being large enough). */
  readonly folderMs: number;
  readonly filesPerSec: number;
  /** The folder in-process (--jobs 1) and on 2 threads (the main thread and one worker). */
  readonly folderByJobs: readonly FolderRun[];
  /** folderByJobs 1 over 2: what the second core buys. */
  readonly workerSpeedup: number;
}

export interface CliBenchOptions {
  /** Repository root: bin/action-plan-checker.js and tests/fixtures. */
  readonly root: string;
  readonly seed: number;
  /** Action rows of the single-file runs (default 1,000 and 100,000). */
  readonly fileRows?: readonly number[];
  readonly folderFiles?: number;
  readonly startRuns?: number;
  readonly log?: (line: string) => void;
}

/** Runs the built CLI in a fresh process; resolves with the wall time, whatever its exit code (1 = errors found). */
function timeCli(root: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(root, "bin", "action-plan-checker.js"), ...args], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = performance.now() - t0;
      if (code === 0 || code === 1) resolve(ms);
      else reject(new Error(`action-plan-checker ${args.join(" ")} exited ${code}: ${err.trim()}`));
    });
  });
}

/** `count` fixture-sized workbooks: the fixture plans copied round-robin into `dir`. */
function fillFolder(root: string, dir: string, count: number): void {
  const fixtures = join(root, "tests", "fixtures");
  const names = readdirSync(fixtures)
    .filter((n) => n.endsWith(".xlsx"))
    .sort();
  if (names.length === 0) throw new Error(`no .xlsx in ${fixtures}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length] as string;
    copyFileSync(join(fixtures, name), join(dir, `${String(i).padStart(4, "0")}-${name}`));
  }
}

/** The CLI's figures; files are written to a temporary folder removed afterwards. */
export async function measureCli(options: CliBenchOptions): Promise<CliResult> {
  const { root } = options;
  const log = options.log ?? (() => undefined);
  const work = mkdtempSync(join(tmpdir(), "apc-bench-cli-"));
  try {
    log("cli: start-up…");
    const startRuns: number[] = [];
    for (let i = 0; i < (options.startRuns ?? 5); i++)
      startRuns.push(await timeCli(root, ["--help"]));

    const fileMs: { rows: number; ms: number; bytes: number }[] = [];
    for (const rows of options.fileRows ?? [1_000, 100_000]) {
      log(`cli: one file of ${rows.toLocaleString("en-GB")} rows…`);
      const path = join(work, `plan-${rows}.xlsx`);
      await writePlanXlsx(generatePlan(rows, options.seed), path);
      const { size } = statSync(path);
      const runs = rows >= 100_000 ? 1 : 3;
      const times: number[] = [];
      const args = ["check", path, "--format", "json", "--as-of", BENCH_AS_OF];
      for (let i = 0; i < runs; i++) times.push(await timeCli(root, args));
      fileMs.push({ rows, ms: round(median(times)), bytes: size });
    }

    const count = options.folderFiles ?? 200;
    const folder = join(work, "folder");
    fillFolder(root, folder, count);
    const folderArgs = ["check", folder, "--format", "json", "--as-of", BENCH_AS_OF];
    const folderByJobs: FolderRun[] = [];
    for (const jobs of [1, 2]) {
      log(`cli: a folder of ${count} workbooks on ${jobs} worker${jobs === 1 ? "" : "s"}…`);
      folderByJobs.push({
        jobs,
        ms: round(await timeCli(root, [...folderArgs, "--jobs", String(jobs)])),
      });
    }
    log(`cli: a folder of ${count} workbooks, default workers…`);
    const folderMs = await timeCli(root, folderArgs);
    const one = folderByJobs[0]?.ms ?? 0;
    const two = folderByJobs[1]?.ms ?? 0;
    return {
      startMs: round(median(startRuns)),
      startRuns: startRuns.map((x) => round(x)),
      fileMs,
      folderFiles: count,
      folderMs: round(folderMs),
      filesPerSec: round(count / (folderMs / 1000)),
      folderByJobs,
      workerSpeedup: two > 0 ? round(one / two, 2) : 0,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
