import { z } from "zod";
import { comparableActionSchema, type ComparableAction, type Comparison } from "../compare/types";
import { textFingerprint } from "./hash";

/** Where the snapshot lives in a workbook: a custom XML part with this namespace (both adapters). */
export const SNAPSHOT_NAMESPACE = "urn:action-plan-checker:snapshot:1";

/** Action text kept in the snapshot: enough to match a reworded action, not the whole paragraph. */
const TEXT_KEPT = 300;

export const snapshotSchema = z.object({
  version: z.literal(1),
  /** The report date the snapshot was taken at (ISO). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  actions: z.array(comparableActionSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/**
 * The per-action snapshot stored at each summary build: updates as fingerprints, and each action's slip
 * count carried forward from the previous snapshot so the next report can say "slipped 3 times".
 */
export function takeSnapshot(
  actions: readonly ComparableAction[],
  asOf: string,
  sincePrevious?: Comparison
): Snapshot {
  // by position: the comparison may have been made on copies (updates fingerprinted)
  const where = (a: ComparableAction) => `${a.sheet}\u0000${a.row}`;
  const slips = new Map<string, number>();
  for (const m of sincePrevious?.matched ?? []) {
    const slipped = m.changes.some((c) => c.kind === "slipped");
    slips.set(where(m.new), m.old.slips + (slipped ? 1 : 0));
  }
  return {
    version: 1,
    asOf,
    actions: actions.map((a) => ({
      ...a,
      action: a.action.slice(0, TEXT_KEPT),
      update: a.update === null ? null : textFingerprint(a.update),
      slips: slips.get(where(a)) ?? a.slips,
    })),
  };
}

/** The new side of a comparison with a snapshot: updates fingerprinted the same way, so equality holds. */
export function asSnapshotSide(actions: readonly ComparableAction[]): ComparableAction[] {
  return actions.map((a) => ({
    ...a,
    update: a.update === null ? null : textFingerprint(a.update),
  }));
}

// JSON inside CDATA: a custom XML part must be XML, and "]]>" is the only sequence CDATA cannot hold
const CDATA_END = /]]>/g;

export function snapshotToXml(snapshot: Snapshot): string {
  const json = JSON.stringify(snapshot).replace(CDATA_END, "]]\\u003e");
  return `<?xml version="1.0" encoding="UTF-8"?><snapshot xmlns="${SNAPSHOT_NAMESPACE}"><![CDATA[${json}]]></snapshot>`;
}

export type SnapshotRead = { ok: true; value: Snapshot } | { ok: false; error: string };

/** Reads a snapshot part back, validated: a damaged or foreign part is reported, never trusted. */
export function snapshotFromXml(xml: string): SnapshotRead {
  const m = /<!\[CDATA\[([\s\S]*)\]\]>/.exec(xml);
  if (!m?.[1] || !xml.includes(SNAPSHOT_NAMESPACE))
    return { ok: false, error: "not a snapshot part" };
  let raw: unknown;
  try {
    raw = JSON.parse(m[1]);
  } catch {
    return { ok: false, error: "the snapshot is not valid JSON" };
  }
  const parsed = snapshotSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : {
        ok: false,
        error: `the snapshot does not match its schema: ${parsed.error.issues[0]?.message ?? ""}`,
      };
}
