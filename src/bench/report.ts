import type { BundleResult } from "./bundle";
import type { CliResult } from "./cli";
import type { PaneResult } from "./pane";
import type { EngineResult } from "./engine";
import type { OfficeResult, RoundTrips } from "./office";
import type { CliCheckResult } from "./cliCheck";
import type { ExcelJsReadResult, NaiveOfficeResult, TableschemaResult } from "./peers";

/** Sync counts per operation, as the JSON shape names them. */
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
  /** The CLI's file → report on the workbook ExcelJS loaded (issue 14: at least 3× faster than that load). */
  readonly cliCheck?: CliCheckResult;
}

/**
 * One size's figures: the engine's (see EngineResult), then the Office round trips and peers. The issue's
 * JSON contract is rows, engineMs, rowsPerSec, peakMB, syncs and maxPayloadBytes; the rest is detail.
 */
export interface SizeReport extends Pick<
  EngineResult,
  | "rows"
  | "engineMs"
  | "rowsPerSec"
  | "peakMB"
  | "runs"
  | "allMs"
  | "stagesMs"
  | "baselineMB"
  | "inputHeapMB"
  | "peakHeapMB"
  | "tables"
  | "actionsFound"
  | "issues"
  | "highlightCells"
> {
  readonly syncs: SyncCounts | null;
  readonly maxPayloadBytes: number | null;
  readonly usPerRow: number;
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
  /** What a person waits for in the pane (issue 18); null when not run or skipped (see `skipped`). */
  readonly pane: PaneResult | null;
  /** What a person waits for at the command line (issue 18); null when not run. */
  readonly cli: CliResult | null;
  /** Why a part asked for was not measured ("pane: skipped, chromium is not installed"). */
  readonly skipped: readonly string[];
}

/** The office figures of one size in the shape (null when the office part was skipped). */
export function syncsOf(office: OfficeResult | null): SyncCounts | null {
  if (!office) return null;
  return {
    check: office.check.syncs,
    highlight: office.highlight.syncs,
    summary: office.summary.syncs,
  };
}
