import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { Config } from "../core/schema";
import { checkEntry, type BatchEntry, type EntrySetup } from "./batchEntry";
import { unreadable } from "./checkFile";
import type { FileArg } from "./files";
import { checkInPool, poolAvailable } from "./pool";

export interface CheckFilesOptions {
  /** Threads to check on (--jobs), the main thread included; default: the cores, for a large batch. */
  readonly jobs?: number;
  /** Keep each file's bytes (for --out); across threads they are copied, so only when needed. */
  readonly keepBytes: boolean;
  /** Each workbook's entry of the JSON report as text where possible (check --format json, no --out). */
  readonly asJson?: boolean;
  readonly onDone?: (path: string) => void;
}

/** How many threads a batch gets: never more than its files, never fewer than one. */
export function workersFor(files: number, jobs: number = availableParallelism()): number {
  return Math.max(1, Math.min(jobs, files));
}

// A worker costs ~0.3 s CPU to load the reader and engine and runs cold (JIT warm-up is per thread): on a
// batch that takes the main thread under a second it costs more than it saves. Rough costs, measured on
// the fixtures and the bench's plans: ~10 ms a file plus ~0.5 ms a kilobyte.
const WORKERS_WORTH_MS = 1000;
const MS_PER_FILE = 10;
const MS_PER_KB = 0.5;

/** Whether checking these files in one thread would take long enough for more threads to pay. */
export async function worthWorkers(paths: readonly string[]): Promise<boolean> {
  if (paths.length * MS_PER_FILE >= WORKERS_WORTH_MS) return true;
  let ms = 0;
  for (const p of paths) {
    ms += MS_PER_FILE + ((await stat(p).catch(() => null))?.size ?? 0) * (MS_PER_KB / 1024);
    if (ms >= WORKERS_WORTH_MS) return true;
  }
  return false;
}

/**
 * Checks every file, in the given order: on the main thread and worker threads when there are several
 * files and cores (a workbook is parsed and checked on one core; files are independent), else in-process.
 * Without --jobs, workers start only for a batch large enough to pay for them. Arguments already known to
 * be unreadable are reported without being sent anywhere.
 */
export async function checkFiles(
  files: readonly FileArg[],
  config: Config,
  asOf: string,
  options: CheckFilesOptions
): Promise<BatchEntry[]> {
  const setup: EntrySetup = {
    config,
    asOf,
    keepBytes: options.keepBytes,
    asJson: !!options.asJson,
  };
  const results = new Array<BatchEntry>(files.length);
  const todo: number[] = [];
  files.forEach((f, i) => {
    if (f.error) results[i] = unreadable(f.path, f.error.replace(`${f.path}: `, ""));
    else todo.push(i);
  });
  const paths = todo.map((i) => (files[i] as FileArg).path);
  const jobs = options.jobs ?? ((await worthWorkers(paths)) ? availableParallelism() : 1);
  const threads = workersFor(paths.length, jobs);
  // the index in the batch report, so a refused report is named where it sits
  const here = (k: number): Promise<BatchEntry> =>
    checkEntry(paths[k] as string, todo[k] as number, setup);
  if (threads > 1 && poolAvailable()) {
    const checked = await checkInPool(paths, todo, setup, {
      workers: threads - 1,
      here,
      ...(options.onDone ? { onDone: options.onDone } : {}),
    });
    checked.forEach((entry, k) => (results[todo[k] as number] = entry));
    for (const f of files) if (f.error) options.onDone?.(f.path);
    return results;
  }
  // in one thread the reports are kept and written at the end: as text they were held as two-byte strings
  // (the plans' dashes and quotes), 20% more memory on a folder of 200 plans and no time saved
  const inProcess: EntrySetup = { ...setup, asJson: false };
  for (let i = 0; i < files.length; i++) {
    const f = files[i] as FileArg;
    if (!f.error) results[i] = await checkEntry(f.path, i, inProcess);
    options.onDone?.(f.path);
  }
  return results;
}
