// A worker thread of the CLI's pool (src/cli/pool.ts): checks the files it is sent, one at a time, with the
// same checkFile as the in-process path, and posts each report back. The config and report date come once,
// in workerData, so a job is only a path.
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../core/schema";
import { checkFile } from "./checkFile";
import type { PoolJob, PoolReply, PoolSetup } from "./poolMessages";

const setup = workerData as PoolSetup;
const port = parentPort;

async function handle(job: PoolJob): Promise<void> {
  const checked = await checkFile(job.path, setup.config as Config, setup.asOf);
  let bytes: ArrayBuffer | undefined;
  const transfer: ArrayBuffer[] = [];
  if (setup.keepBytes && checked.bytes) {
    // a copy of its own, so transferring it never detaches memory another Buffer shares (Node's pool)
    const copy = new Uint8Array(checked.bytes);
    bytes = copy.buffer;
    transfer.push(copy.buffer);
  }
  const reply: PoolReply = { id: job.id, report: checked.report, ...(bytes ? { bytes } : {}) };
  port?.postMessage(reply, transfer);
}

port?.on("message", (job: PoolJob) => {
  void handle(job);
});
