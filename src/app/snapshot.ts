import { comparePlans } from "../core/compare";
import { comparableActions } from "../core/compare/fromReport";
import type { WorkbookGrid } from "../core/grid/types";
import type { WorkbookReport } from "../core/schema";
import {
  asSnapshotSide,
  snapshotFromXml,
  snapshotToXml,
  takeSnapshot,
  type Snapshot,
  type SnapshotRead,
} from "../core/snapshot";
import type { WorkbookPort } from "./ports";

/** The snapshot stored in the workbook, validated; `none` when the host or the workbook has none. */
export async function readStoredSnapshot(
  port: WorkbookPort
): Promise<SnapshotRead | { ok: false; error: "none" }> {
  const xml = port.readSnapshot ? await port.readSnapshot() : null;
  return xml === null ? { ok: false, error: "none" } : snapshotFromXml(xml);
}

/**
 * Stores this report's per-action snapshot in the workbook, carrying each action's slip count from the
 * snapshot already there (a deadline pushed back again counts once more). A damaged earlier snapshot is
 * replaced rather than trusted. Returns the snapshot written, or null when the port keeps none.
 */
export async function storeSnapshot(
  port: WorkbookPort,
  report: WorkbookReport,
  grid: WorkbookGrid | undefined,
  asOf: string
): Promise<Snapshot | null> {
  if (!port.writeSnapshot) return null;
  const now = comparableActions(report, grid);
  const previous = await readStoredSnapshot(port);
  const comparison = previous.ok
    ? comparePlans(previous.value.actions, asSnapshotSide(now))
    : undefined;
  const snapshot = takeSnapshot(now, asOf, comparison);
  await port.writeSnapshot(snapshotToXml(snapshot));
  return snapshot;
}
