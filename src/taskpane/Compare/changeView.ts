import type { CompareSource } from "../../app/compare";
import {
  actionLabel,
  describeChange,
  type Change,
  type ComparableAction,
  type Comparison,
} from "../../core/compare";
import { formatUkDate } from "../../core/calendar/iso";
import type { WorkbookReport } from "../../core/schema";

/** The groups of the change list, in the order a board reads them: delay and decline first. */
export type ChangeGroupKind =
  | "slipped"
  | "worse"
  | "better"
  | "owner"
  | "status"
  | "rating"
  | "due-earlier"
  | "stale-update"
  | "added"
  | "removed";

const GROUP_TITLES: Readonly<Record<ChangeGroupKind, string>> = {
  slipped: "Slipped",
  worse: "Worse",
  better: "Better",
  owner: "Owner changed",
  status: "Status changed",
  rating: "Rating changed",
  "due-earlier": "Brought forward",
  "stale-update": "Update unchanged",
  added: "Added",
  removed: "Removed",
};

/** One line of the change list: the action, what changed, and the cell it is at in the open workbook. */
export interface ChangeEntry {
  readonly key: string;
  readonly label: string;
  readonly detail: string;
  /** Where the action is in the open workbook; null for a removed action (it is no longer there). */
  readonly target: { readonly sheet: string; readonly address: string } | null;
}

export interface ChangeGroup {
  readonly kind: ChangeGroupKind;
  readonly title: string;
  readonly entries: readonly ChangeEntry[];
}

function groupOf(c: Change): ChangeGroupKind {
  if (c.kind !== "rating") return c.kind;
  return c.direction === "worse" ? "worse" : c.direction === "better" ? "better" : "rating";
}

/** "Plan!12" → the cell in the action column, as the ratings list links it; column A when unknown. */
export function actionAddresses(report: WorkbookReport): (a: ComparableAction) => string {
  const columns = new Map<string, string>();
  for (const table of report.tables) {
    const column = table.columns.action ?? table.range.replace(/\d.*$/, "");
    for (const a of table.actions) columns.set(`${table.sheet}\u0000${a.row}`, column);
  }
  return (a) => `${columns.get(`${a.sheet}\u0000${a.row}`) ?? "A"}${a.row}`;
}

/** A match found only by wording, and not a close one, says so: the reader should look before trusting it. */
function guessNote(confidence: number): string {
  return confidence < 0.8 ? ` (matched by its wording, ${Math.round(confidence * 100)}% sure)` : "";
}

/**
 * The comparison as the pane lists it: one group per kind of change, an action in each group it belongs
 * to (a date that slipped and a rating that got worse are two lines), then added and removed actions.
 */
export function changeGroups(
  c: Comparison,
  addressOf: (a: ComparableAction) => string
): ChangeGroup[] {
  const byKind = new Map<ChangeGroupKind, ChangeEntry[]>();
  const add = (kind: ChangeGroupKind, entry: ChangeEntry) => {
    const list = byKind.get(kind) ?? [];
    list.push(entry);
    byKind.set(kind, list);
  };
  for (const m of c.matched) {
    const target = { sheet: m.new.sheet, address: addressOf(m.new) };
    for (const change of m.changes) {
      const kind = groupOf(change);
      add(kind, {
        key: `${kind}:${m.new.sheet}:${m.new.row}`,
        label: actionLabel(m.new, 70),
        detail: `${describeChange(change)}${guessNote(m.confidence)}`,
        target,
      });
    }
  }
  for (const a of c.added) {
    const target = { sheet: a.sheet, address: addressOf(a) };
    add("added", {
      key: `added:${a.sheet}:${a.row}`,
      label: actionLabel(a, 70),
      detail: "new",
      target,
    });
  }
  for (const a of c.removed) {
    const detail = `was at '${a.sheet}' row ${a.row}`;
    add("removed", {
      key: `removed:${a.sheet}:${a.row}`,
      label: actionLabel(a, 70),
      detail,
      target: null,
    });
  }
  return (Object.keys(GROUP_TITLES) as ChangeGroupKind[]).flatMap((kind) => {
    const entries = byKind.get(kind);
    return entries ? [{ kind, title: GROUP_TITLES[kind], entries }] : [];
  });
}

/** The counts the pane shows, always all seven so a zero reads as "none" rather than "not looked at". */
export type CountKind =
  "slipped" | "worse" | "better" | "owner" | "stale-update" | "added" | "removed";

export interface ChangeCount {
  readonly kind: CountKind;
  readonly count: number;
  /** "3 slipped", "1 owner changed", "2 updates unchanged". */
  readonly text: string;
}

export function changeCounts(c: Comparison): ChangeCount[] {
  const owners = c.matched.filter((m) => m.changes.some((ch) => ch.kind === "owner")).length;
  const stale = c.counts.staleUpdates;
  const owner = owners === 1 ? "owner changed" : "owners changed";
  const counts: Array<[CountKind, number, string]> = [
    ["slipped", c.counts.slipped, "slipped"],
    ["worse", c.counts.worse, "worse"],
    ["better", c.counts.better, "better"],
    ["owner", owners, owner],
    ["stale-update", stale, stale === 1 ? "update unchanged" : "updates unchanged"],
    ["added", c.counts.added, "added"],
    ["removed", c.counts.removed, "removed"],
  ];
  return counts.map(([kind, count, words]) => ({
    kind,
    count,
    text: `${count.toLocaleString("en-GB")} ${words}`,
  }));
}

/** "Since last report (31/01/2014)" or "Since q1.xlsx": what the open workbook was compared with. */
export function sinceWhat(source: CompareSource): string {
  return source.kind === "snapshot"
    ? `Since last report (${formatUkDate(source.asOf)})`
    : `Since ${source.name}`;
}

/**
 * The one line a board reads first: "Since last report (31/01/2014): 3 slipped, 1 worse, 2 updates
 * unchanged." The slip count always, then whatever else is not zero.
 */
export function changeHeadline(source: CompareSource, c: Comparison): string {
  const [slipped, ...rest] = changeCounts(c);
  const parts = [slipped, ...rest.filter((n) => n.count > 0)].flatMap((n) => (n ? [n.text] : []));
  return `${sinceWhat(source)}: ${parts.join(", ")}.`;
}
