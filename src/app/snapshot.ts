import {
  comparePlans,
  looksLikeOnePlan,
  type ComparableAction,
  type Comparison,
} from "../core/compare";
import { comparableActions } from "../core/compare/fromReport";
import type { WorkbookGrid } from "../core/grid/types";
import { formatUkDate } from "../core/calendar/iso";
import type { WorkbookReport } from "../core/schema";
import {
  asSnapshotSide,
  snapshotFromXml,
  snapshotToXml,
  takeSnapshot,
  type Snapshot,
  type SnapshotRead,
} from "../core/snapshot";
import type { SinceLast } from "../core/summary";
import type { WorkbookPort } from "./ports";

/** The snapshot stored in the workbook, validated; `none` when the host or the workbook has none. */
export async function readStoredSnapshot(
  port: WorkbookPort
): Promise<SnapshotRead | { ok: false; error: "none" }> {
  const xml = port.readSnapshot ? await port.readSnapshot() : null;
  return xml === null ? { ok: false, error: "none" } : snapshotFromXml(xml);
}

/** This report's actions compared with the snapshot stored in the workbook, when there is a usable one. */
export interface SinceStored {
  readonly now: ComparableAction[];
  /** Null when the workbook holds no snapshot (or a damaged one, which is replaced rather than trusted). */
  readonly comparison: Comparison | null;
  readonly since: SinceLast | null;
}

export async function compareWithStored(
  port: WorkbookPort,
  report: WorkbookReport,
  grid: WorkbookGrid | undefined
): Promise<SinceStored> {
  const now = comparableActions(report, grid);
  const previous = await readStoredSnapshot(port);
  if (!previous.ok) return { now, comparison: null, since: null };
  const comparison = comparePlans(previous.value.actions, asSnapshotSide(now));
  return {
    now,
    comparison,
    since: {
      comparison,
      against: `the report of ${formatUkDate(previous.value.asOf)} kept in this workbook`,
      onePlan: looksLikeOnePlan(comparison),
    },
  };
}

/**
 * Stores the per-action snapshot of `now`, carrying each action's slip count from `previous` (the
 * comparison with the snapshot already there: a deadline pushed back again counts once more). Returns the
 * snapshot written, or null when the port keeps none.
 */
export async function writeSnapshotOf(
  port: WorkbookPort,
  now: readonly ComparableAction[],
  asOf: string,
  previous: Comparison | null
): Promise<Snapshot | null> {
  if (!port.writeSnapshot) return null;
  const snapshot = takeSnapshot(now, asOf, previous ?? undefined);
  await port.writeSnapshot(snapshotToXml(snapshot));
  return snapshot;
}

/** Reads the stored snapshot, then stores this report's in its place (slip counts carried). */
export async function storeSnapshot(
  port: WorkbookPort,
  report: WorkbookReport,
  grid: WorkbookGrid | undefined,
  asOf: string
): Promise<Snapshot | null> {
  if (!port.writeSnapshot) return null;
  const { now, comparison } = await compareWithStored(port, report, grid);
  return writeSnapshotOf(port, now, asOf, comparison);
}
