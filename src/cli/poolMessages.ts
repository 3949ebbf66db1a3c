import type { Config, WorkbookReport } from "../core/schema";

/** What every worker of the pool is started with (workerData): the same for every file of the batch. */
export interface PoolSetup {
  readonly config: Config;
  readonly asOf: string;
  /** Send the file's bytes back (only --out needs them: they are copied across threads). */
  readonly keepBytes: boolean;
}

/** One file for a worker to check. */
export interface PoolJob {
  readonly id: number;
  readonly path: string;
}

/** A worker's answer for one job: the report, and the file's bytes when asked for. */
export interface PoolReply {
  readonly id: number;
  readonly report: WorkbookReport;
  readonly bytes?: ArrayBuffer;
}
