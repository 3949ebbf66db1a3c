import {
  comparePlans,
  looksLikeOnePlan,
  type ComparableAction,
  type Comparison,
} from "../core/compare";
import { comparableActions } from "../core/compare/fromReport";
import { checkWorkbook } from "../core/engine";
import type { Config, WorkbookReport } from "../core/schema";
import { asSnapshotSide } from "../core/snapshot";
import type { PlanFileReader, WorkbookPort } from "./ports";
import { readStoredSnapshot } from "./snapshot";

/** What the open workbook was compared with: a file the user picked, or the snapshot it keeps. */
export type CompareSource =
  | { readonly kind: "file"; readonly name: string }
  | { readonly kind: "snapshot"; readonly asOf: string };

/**
 * The outcome of a comparison, each a case the pane words differently. `not-one-plan`: so little matched
 * that listing everything as added and removed would mislead. `unreadable`: the picked file (or the stored
 * snapshot) could not be used, with the sentence why. `none`: no snapshot is stored yet.
 */
export type CompareOutcome =
  | {
      readonly kind: "compared";
      readonly source: CompareSource;
      readonly comparison: Comparison;
    }
  | {
      readonly kind: "not-one-plan";
      readonly source: CompareSource;
      readonly matched: number;
      readonly of: number;
    }
  | { readonly kind: "unreadable"; readonly message: string }
  | { readonly kind: "none" };

/**
 * The earlier side of a comparison, read once and compared with each new report (a live re-check as the
 * user edits costs no second read). `fingerprinted`: its updates are hashes, as a snapshot keeps them, so
 * the open workbook's updates are hashed the same way before they are compared.
 */
export interface Baseline {
  readonly source: CompareSource;
  readonly actions: readonly ComparableAction[];
  readonly fingerprinted: boolean;
}

/** A baseline, or why there is none: no snapshot stored yet, or a file or snapshot that cannot be used. */
export type BaselineRead =
  | { readonly kind: "ready"; readonly baseline: Baseline }
  | { readonly kind: "unreadable"; readonly message: string }
  | { readonly kind: "none" };

/**
 * The snapshot the workbook's last summary build stored, so the next quarter's comparison needs no old
 * file and a slip counts how many times it has happened. A damaged or unreadable snapshot comes back as
 * `unreadable`, never as an exception: it must not block the pane.
 */
export async function readSnapshotBaseline(port: WorkbookPort): Promise<BaselineRead> {
  let stored: Awaited<ReturnType<typeof readStoredSnapshot>>;
  try {
    stored = await readStoredSnapshot(port);
  } catch (e) {
    return {
      kind: "unreadable",
      message: `the stored snapshot could not be read (${errorText(e)})`,
    };
  }
  if (!stored.ok) {
    return stored.error === "none"
      ? { kind: "none" }
      : { kind: "unreadable", message: `the stored snapshot cannot be used (${stored.error})` };
  }
  const { asOf, actions } = stored.value;
  return {
    kind: "ready",
    baseline: { source: { kind: "snapshot", asOf }, actions, fingerprinted: true },
  };
}

/**
 * A previous version the user picked: the file is read by `read` (the .xlsx reader, in the pane on the
 * user's machine) and checked with the same settings and report date as the open workbook, as the CLI's
 * `compare OLD NEW` does.
 */
export async function readFileBaseline(
  read: PlanFileReader,
  file: { readonly name: string; readonly bytes: Uint8Array },
  config: Config,
  asOf: string
): Promise<BaselineRead> {
  try {
    const grid = await read(file.bytes);
    const actions = comparableActions(checkWorkbook(grid, config, asOf, file.name), grid);
    return {
      kind: "ready",
      baseline: { source: { kind: "file", name: file.name }, actions, fingerprinted: false },
    };
  } catch (e) {
    return { kind: "unreadable", message: `${file.name}: ${errorText(e)}` };
  }
}

/** The open workbook's report against a baseline: what moved, or that the two are not one plan. */
export function compareWithBaseline(
  baseline: Baseline,
  report: WorkbookReport
): Exclude<CompareOutcome, { kind: "unreadable" } | { kind: "none" }> {
  const actions = comparableActions(report);
  const now = baseline.fingerprinted ? asSnapshotSide(actions) : actions;
  const comparison = comparePlans(baseline.actions, now);
  const { source } = baseline;
  if (looksLikeOnePlan(comparison)) return { kind: "compared", source, comparison };
  const of = Math.min(baseline.actions.length, now.length);
  return { kind: "not-one-plan", source, matched: comparison.counts.matched, of };
}

async function compareWith(read: Promise<BaselineRead>, report: WorkbookReport) {
  const got = await read;
  return got.kind === "ready" ? compareWithBaseline(got.baseline, report) : got;
}

/** The open workbook against the snapshot its last summary build stored. */
export function compareWithSnapshot(
  port: WorkbookPort,
  report: WorkbookReport
): Promise<CompareOutcome> {
  return compareWith(readSnapshotBaseline(port), report);
}

/** The open workbook against a previous version the user picked (see {@link readFileBaseline}). */
export function compareWithFile(
  read: PlanFileReader,
  file: { readonly name: string; readonly bytes: Uint8Array },
  report: WorkbookReport,
  config: Config,
  asOf: string
): Promise<CompareOutcome> {
  return compareWith(readFileBaseline(read, file, config, asOf), report);
}

function errorText(e: unknown): string {
  return e instanceof Error && e.message.trim() !== "" ? e.message : String(e);
}
