import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { ZodError } from "zod";
import type { BatchEntry, EntrySetup } from "./batchEntry";
import { unreadable } from "./checkFile";
import type { PoolReply, PoolSetup } from "./poolMessages";

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
  /** Worker threads besides the main thread. */
  readonly workers: number;
  /** The main thread's own check of a path: it takes files from the same counter as the workers. */
  readonly here: (id: number) => Promise<BatchEntry>;
  /** Called in the main thread as each file's result arrives (the progress bar). */
  readonly onDone?: (path: string) => void;
}

function entryOf(reply: Exclude<PoolReply, { kind: "invalid" }>, path: string): BatchEntry {
  if (reply.kind === "printed") return reply.entry;
  return {
    path,
    report: reply.report,
    ...(reply.bytes ? { bytes: Buffer.from(reply.bytes) } : {}),
  };
}

/**
 * Checks `paths` (the workbooks at `indexes` of the batch report) on the main thread and `options.workers` worker threads, each taking the next file from a
 * shared counter, and resolves with the results in the order of `paths`. A worker that dies (out of memory
 * on a huge file, a crash in a parser) costs only the file it was on: that file is reported as unreadable
 * and a fresh worker takes the rest. A report the schema refuses rejects the batch (nothing is printed).
 */
export function checkInPool(
  paths: readonly string[],
  indexes: readonly number[],
  setup: EntrySetup,
  options: PoolOptions
): Promise<BatchEntry[]> {
  const n = paths.length;
  const shared = new Int32Array(new SharedArrayBuffer(4 * (1 + options.workers)));
  shared.fill(-1, 1);
  const results = new Array<BatchEntry | undefined>(n);
  let refused: unknown = null;
  let running = 0;
  let hereDone = false;
  return new Promise((resolve, reject) => {
    const record = (id: number, entry: BatchEntry): void => {
      results[id] = entry;
      options.onDone?.(entry.path);
    };
    const lose = (id: number, why: string): void =>
      record(id, unreadable(paths[id] as string, `the checker stopped while reading it (${why}).`));
    const settle = (): void => {
      if (running > 0 || !hereDone) return;
      // a worker stopped between taking a file and saying so: that file is lost with it
      for (let id = 0; id < n; id++) if (!results[id]) lose(id, "a worker stopped");
      if (refused) reject(refused);
      else resolve(results as BatchEntry[]);
    };
    const start = (slot: number): void => {
      const workerData: PoolSetup = {
        ...setup,
        paths,
        indexes,
        shared: shared.buffer as SharedArrayBuffer,
        slot,
      };
      const worker = new Worker(WORKER_SCRIPT, { workerData });
      let error: string | null = null;
      running += 1;
      worker.on("message", (reply: PoolReply) => {
        if (reply.kind === "invalid") {
          refused ??= new ZodError(reply.issues as ZodError["issues"]);
          results[reply.id] = unreadable(paths[reply.id] as string, "refused by the schema");
        } else record(reply.id, entryOf(reply, paths[reply.id] as string));
      });
      worker.on("error", (e) => (error = e.message));
      worker.on("exit", (code) => {
        running -= 1;
        const lost = Atomics.load(shared, 1 + slot);
        if (code !== 0 && lost >= 0 && !results[lost]) {
          lose(lost, error ?? `exit code ${code}`);
          if (Atomics.load(shared, 0) < n) start(slot);
        }
        settle();
      });
    };
    for (let slot = 0; slot < options.workers; slot++) start(slot);
    void (async () => {
      try {
        for (let id = Atomics.add(shared, 0, 1); id < n; id = Atomics.add(shared, 0, 1)) {
          record(id, await options.here(id));
        }
      } catch (e) {
        refused ??= e;
      }
      hereDone = true;
      settle();
    })();
  });
}
