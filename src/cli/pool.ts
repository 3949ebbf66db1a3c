import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { unreadable, type CheckedFile } from "./checkFile";
import type { PoolJob, PoolReply, PoolSetup } from "./poolMessages";

/** The compiled worker beside this file (build/cli/checkWorker.js). */
export const WORKER_SCRIPT = join(__dirname, "checkWorker.js");

/**
 * Whether the pool can run: the worker is compiled JavaScript, so it is absent when the CLI runs from its
 * TypeScript sources (ts-jest); the caller then checks in-process, with the same result.
 */
export function poolAvailable(): boolean {
  return existsSync(WORKER_SCRIPT);
}

export interface PoolOptions {
  readonly workers: number;
  /** Called in the main thread as each file's report arrives (the progress bar). */
  readonly onDone?: (path: string) => void;
}

interface Slot {
  worker: Worker;
  /** The job in flight, so a worker that dies can be charged with the file it was reading. */
  current: number | null;
  error: string | null;
}

/**
 * Checks `paths` on `options.workers` worker threads, one file per worker at a time, and resolves with the
 * reports in the order of `paths`. A worker that dies (out of memory on a huge file, a crash in a parser)
 * costs only the file it was on: that file is reported as unreadable and a fresh worker takes the rest.
 */
export function checkInPool(
  paths: readonly string[],
  setup: PoolSetup,
  options: PoolOptions
): Promise<CheckedFile[]> {
  const results = new Array<CheckedFile | undefined>(paths.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    const record = (id: number, file: CheckedFile): void => {
      results[id] = file;
      finished += 1;
      options.onDone?.(file.path);
      if (finished === paths.length) resolve(results as CheckedFile[]);
    };
    const feed = (slot: Slot): void => {
      if (next >= paths.length) {
        slot.current = null;
        void slot.worker.terminate();
        return;
      }
      const job: PoolJob = { id: next, path: paths[next] as string };
      slot.current = next;
      next += 1;
      slot.worker.postMessage(job);
    };
    const start = (): void => {
      const slot: Slot = {
        worker: new Worker(WORKER_SCRIPT, { workerData: setup }),
        current: null,
        error: null,
      };
      slot.worker.on("message", (reply: PoolReply) => {
        const path = paths[reply.id] as string;
        const bytes = reply.bytes ? Buffer.from(reply.bytes) : undefined;
        record(reply.id, { path, report: reply.report, ...(bytes ? { bytes } : {}) });
        feed(slot);
      });
      slot.worker.on("error", (e) => (slot.error = e.message));
      slot.worker.on("exit", (code) => {
        const lost = slot.current;
        if (lost === null) return;
        slot.current = null;
        const path = paths[lost] as string;
        const why = slot.error ?? `exit code ${code}`;
        record(lost, unreadable(path, `the checker stopped while reading it (${why}).`));
        if (next < paths.length) start();
      });
      feed(slot);
    };
    if (paths.length === 0) resolve([]);
    for (let i = 0; i < Math.min(options.workers, paths.length); i++) start();
  });
}
