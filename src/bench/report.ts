import type { BundleResult } from "./bundle";
import type { EngineStages } from "./engine";
import type { OfficeResult, RoundTrips } from "./office";
import type { ExcelJsReadResult, NaiveOfficeResult, TableschemaResult } from "./peers";

/** Sync counts per operation, as the issue's JSON shape names them. */
export interface SyncCounts {
  readonly check: number;
  readonly highlight: number;
  readonly summary: number;
}

export interface PeerResults {
  readonly rows: number;
  readonly tableschema: TableschemaResult;
  readonly exceljsRead: ExcelJsReadResult;
  readonly naiveOffice: NaiveOfficeResult;
}

/** One size's figures. The first six fields are the issue's contract; the rest is detail. */
export interface SizeReport {
  readonly rows: number;
  readonly engineMs: number;
  readonly rowsPerSec: number;
  readonly peakMB: number;
  readonly syncs: SyncCounts | null;
  readonly maxPayloadBytes: number | null;
  readonly usPerRow: number;
  readonly runs: number;
  readonly allMs: readonly number[];
  readonly stagesMs: EngineStages;
  readonly baselineMB: number;
  readonly inputHeapMB: number;
  readonly peakHeapMB: number;
  readonly tables: number;
  readonly actionsFound: number;
  readonly issues: number;
  readonly highlightCells: number;
  readonly office: {
    readonly check: RoundTrips;
    readonly highlight: RoundTrips;
    readonly summary: RoundTrips;
    readonly actionsRead: number;
  } | null;
  readonly peers: PeerResults | null;
}

export interface TargetCheck {
  readonly id: string;
  readonly target: string;
  readonly measured: string;
  readonly status: "PASS" | "MISS" | "n/a";
  readonly note?: string;
}

export interface BenchReport {
  readonly date: string;
  readonly machine: {
    readonly nproc: number;
    readonly cpu: string;
    readonly node: string;
    readonly platform: string;
    readonly totalMemMB: number;
  };
  readonly command: string;
  readonly seed: number;
  readonly sizes: readonly SizeReport[];
  /** Time per row at the largest size over time per row at the one before it. */
  readonly growth: { readonly from: number; readonly to: number; readonly ratio: number } | null;
  readonly bundleGzipBytes: number | null;
  readonly bundle: BundleResult | null;
  /** Peers at the largest size they were run at; per-size figures are under `sizes[].peers`. */
  readonly peers: PeerResults | null;
  readonly targets: readonly TargetCheck[];
}

/** The office figures of one size in the issue's shape (null when the office part was skipped). */
export function syncsOf(office: OfficeResult | null): SyncCounts | null {
  if (!office) return null;
  return {
    check: office.check.syncs,
    highlight: office.highlight.syncs,
    summary: office.summary.syncs,
  };
}
