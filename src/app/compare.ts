import { comparePlans, looksLikeOnePlan, type Comparison } from "../core/compare";
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

function judged(
  source: CompareSource,
  comparison: Comparison,
  oldCount: number,
  newCount: number
): CompareOutcome {
  if (looksLikeOnePlan(comparison)) return { kind: "compared", source, comparison };
  return {
    kind: "not-one-plan",
    source,
    matched: comparison.counts.matched,
    of: Math.min(oldCount, newCount),
  };
}

/**
 * The open workbook (its current report) against the snapshot its last summary build stored, so the next
 * quarter's comparison needs no old file and a slip counts how many times it has happened. A damaged or
 * unreadable snapshot comes back as `unreadable`, never as an exception: it must not block the pane.
 */
export async function compareWithSnapshot(
  port: WorkbookPort,
  report: WorkbookReport
): Promise<CompareOutcome> {
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
  const now = asSnapshotSide(comparableActions(report));
  const comparison = comparePlans(stored.value.actions, now);
  const source = { kind: "snapshot", asOf: stored.value.asOf } as const;
  return judged(source, comparison, stored.value.actions.length, now.length);
}

/**
 * The open workbook against a previous version the user picked: the file is read by `read` (the .xlsx
 * reader, in the pane on the user's machine), checked with the same settings and report date as the open
 * workbook (as the CLI's `compare OLD NEW` does), and its actions matched with the report's.
 */
export async function compareWithFile(
  read: PlanFileReader,
  file: { readonly name: string; readonly bytes: Uint8Array },
  report: WorkbookReport,
  config: Config,
  asOf: string
): Promise<CompareOutcome> {
  let old;
  try {
    const grid = await read(file.bytes);
    old = comparableActions(checkWorkbook(grid, config, asOf, file.name), grid);
  } catch (e) {
    return { kind: "unreadable", message: `${file.name}: ${errorText(e)}` };
  }
  const now = comparableActions(report);
  const comparison = comparePlans(old, now);
  return judged({ kind: "file", name: file.name }, comparison, old.length, now.length);
}

function errorText(e: unknown): string {
  return e instanceof Error && e.message.trim() !== "" ? e.message : String(e);
}
