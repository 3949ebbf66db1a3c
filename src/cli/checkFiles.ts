import { availableParallelism } from "node:os";
import type { Config } from "../core/schema";
import { checkFile, unreadable, type CheckedFile } from "./checkFile";
import type { FileArg } from "./files";
import { checkInPool, poolAvailable } from "./pool";

export interface CheckFilesOptions {
  /** Worker threads to use (--jobs); default: the cores available. 1 checks in-process. */
  readonly jobs?: number;
  /** Keep each file's bytes (for --out); across threads they are copied, so only when needed. */
  readonly keepBytes: boolean;
  readonly onDone?: (path: string) => void;
}

/** How many workers a batch gets: never more than its files, never fewer than one. */
export function workersFor(files: number, jobs: number = availableParallelism()): number {
  return Math.max(1, Math.min(jobs, files));
}

/**
 * Checks every file, in the given order: on worker threads when there are several files and cores (a
 * workbook is parsed and checked on one core; files are independent), else in-process. Arguments already
 * known to be unreadable are reported without being sent anywhere.
 */
export async function checkFiles(
  files: readonly FileArg[],
  config: Config,
  asOf: string,
  options: CheckFilesOptions
): Promise<CheckedFile[]> {
  const todo = files.filter((f) => !f.error).map((f) => f.path);
  const workers = workersFor(todo.length, options.jobs);
  if (workers > 1 && poolAvailable()) {
    const checked = await checkInPool(
      todo,
      { config, asOf, keepBytes: options.keepBytes },
      { workers, ...(options.onDone ? { onDone: options.onDone } : {}) }
    );
    let i = 0;
    return files.map((f) => {
      if (f.error) {
        options.onDone?.(f.path);
        return unreadable(f.path, f.error.replace(`${f.path}: `, ""));
      }
      return checked[i++] as CheckedFile;
    });
  }
  const results: CheckedFile[] = [];
  for (const f of files) {
    results.push(
      f.error
        ? unreadable(f.path, f.error.replace(`${f.path}: `, ""))
        : await checkFile(f.path, config, asOf)
    );
    options.onDone?.(f.path);
  }
  return results;
}
