// A worker thread of the CLI's pool (src/cli/pool.ts): takes the batch's files one at a time from the
// shared counter, checks each with the same checkEntry as the main thread, and posts the result back. The
// setup (config, report date, the paths) comes once, in workerData.
import { parentPort, workerData } from "node:worker_threads";
import { ZodError } from "zod";
import { checkEntry, isPrinted } from "./batchEntry";
import type { PoolReply, PoolSetup } from "./poolMessages";

const setup = workerData as PoolSetup;
const shared = new Int32Array(setup.shared);

async function reply(id: number): Promise<{ reply: PoolReply; transfer: ArrayBuffer[] }> {
  const path = setup.paths[id] as string;
  try {
    const entry = await checkEntry(path, setup.indexes[id] as number, setup);
    if (isPrinted(entry)) return { reply: { id, kind: "printed", entry }, transfer: [] };
    if (!entry.bytes) return { reply: { id, kind: "report", report: entry.report }, transfer: [] };
    // a copy of its own, so transferring it never detaches memory another Buffer shares (Node's pool)
    const copy = new Uint8Array(entry.bytes);
    return {
      reply: { id, kind: "report", report: entry.report, bytes: copy.buffer },
      transfer: [copy.buffer],
    };
  } catch (e) {
    if (!(e instanceof ZodError)) throw e;
    const issues = e.issues.map((i) => ({
      code: i.code,
      path: i.path.map((k) => (typeof k === "number" ? k : String(k))),
      message: i.message,
    }));
    return { reply: { id, kind: "invalid", issues }, transfer: [] };
  }
}

async function run(): Promise<void> {
  for (;;) {
    const id = Atomics.add(shared, 0, 1);
    if (id >= setup.paths.length) break;
    Atomics.store(shared, 1 + setup.slot, id);
    const { reply: r, transfer } = await reply(id);
    parentPort?.postMessage(r, transfer);
  }
  Atomics.store(shared, 1 + setup.slot, -1);
}

void run();
