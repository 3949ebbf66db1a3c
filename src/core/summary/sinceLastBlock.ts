import {
  actionLabel,
  describeChange,
  type Change,
  type ComparableAction,
  type Comparison,
} from "../compare";
import { dateCell, int, ratingCell, text } from "./cells";
import { SUMMARY_WORD_SHARE } from "./labels";
import { ACTION_COLUMNS, LABEL_MAX } from "./exceptionsBlock";
import { shorten } from "../text/shorten";
import type { SheetCell, SheetTable } from "./sheetModel";

/**
 * What the summary knows about the previous version of the plan: the comparison with it and, in words,
 * what it was ("the report of 31/01/2014 kept in this workbook", "plan-q1.xlsx").
 */
export interface SinceLast {
  readonly comparison: Comparison;
  readonly against: string;
  /** False when the two do not look like versions of one plan: the section says so and lists nothing. */
  readonly onePlan: boolean;
}

/** The order a board reads changes in: what got worse first, what was merely copied forward last. */
const RANK: Readonly<Record<Change["kind"], number>> = {
  rating: 0,
  slipped: 1,
  "due-earlier": 3,
  owner: 4,
  status: 5,
  "stale-update": 6,
};

function rankOf(changes: readonly Change[]): number {
  let best = 9;
  for (const c of changes) {
    // a better rating reads after the slips; a worse one first
    const r = c.kind === "rating" && c.direction !== "worse" ? 2 : RANK[c.kind];
    best = Math.min(best, r);
  }
  return best;
}

function countRows(c: Comparison): Array<[string, number]> {
  const kinds = c.matched.flatMap((m) => m.changes.map((ch) => ch.kind));
  const n = (kind: Change["kind"]) => kinds.filter((k) => k === kind).length;
  return [
    ["Deadline slipped", c.counts.slipped],
    ["Rating worse", c.counts.worse],
    ["Rating better", c.counts.better],
    ["Brought forward", n("due-earlier")],
    ["Owner changed", n("owner")],
    ["Status changed", n("status")],
    ["Update unchanged", c.counts.staleUpdates],
    ["Added", c.counts.added],
    ["Removed", c.counts.removed],
  ];
}

const link = (sheet: string, row: number): SheetCell => ({
  value: `${sheet} row ${row}`,
  link: { sheet, address: `A${row}` },
});

/**
 * One row per action that moved (worst first), then the added and the removed ones. The columns line up
 * with the exceptions table's (section, ref, action, owner, due, rating, what changed, status, link), so
 * the two share the right-hand block's widths.
 */
function listRows(c: Comparison, completeLabel: string): SheetCell[][] {
  const row = (a: ComparableAction, what: string, linked: boolean): SheetCell[] => [
    text(a.section === null ? a.sheet : shorten(a.section, LABEL_MAX, SUMMARY_WORD_SHARE)),
    text(a.ref),
    text(actionLabel({ ...a, ref: null }, 120)),
    text(a.owner),
    dateCell(a.due),
    ratingCell(a.rating, completeLabel),
    text(what),
    text(a.status),
    // a removed action has nothing to go to: its row is not in this version
    linked ? link(a.sheet, a.row) : text(null),
  ];
  const moved = c.matched
    .filter((m) => m.changes.length > 0)
    .map((m, i) => ({ m, i, rank: rankOf(m.changes) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ m }) => row(m.new, m.changes.map(describeChange).join("; "), true));
  const added = c.added.map((a) => row(a, "added since the last report", true));
  const removed = c.removed.map((a) =>
    row(a, `removed since the last report (was ${a.sheet} row ${a.row})`, false)
  );
  return [...moved, ...added, ...removed];
}

export const CHANGES_COLUMNS = [...ACTION_COLUMNS, "What changed", "Status now", "Link"] as const;

type Put = (row: number, col: number, cell: SheetCell) => void;

/** The counts of the "Since last report" section, measured before they are written (see `place`). */
export interface SinceLastCounts {
  /** Rows the section takes, the blank row after it included. */
  readonly height: number;
  /**
   * Writes the section from `top`: what it was compared with and counts by kind of change (an Excel
   * table), then a note pointing at `listAt`, the cell where the list of the actions that moved starts.
   */
  place(put: Put, tables: SheetTable[], top: number, listAt: string): void;
}

/**
 * The counts of the "Since last report" section, in the summary's left-hand block. Its height is known
 * before it is placed, so the list under the exceptions can be laid out first and the note name its cell.
 */
export function sinceLastCounts(since: SinceLast): SinceLastCounts {
  const c = since.comparison;
  const subtitle: SheetCell = { value: "Since last report", intent: "subtitle" };
  if (!since.onePlan) {
    const note: SheetCell = {
      value: `Not compared: ${since.against} does not look like an earlier version of this plan (${c.counts.matched} actions matched).`,
      intent: "note",
    };
    return {
      height: 3,
      place: (put, _tables, top) => {
        put(top, 1, subtitle);
        put(top + 1, 1, note);
      },
    };
  }
  const counts = countRows(c);
  const moved = c.counts.changed + c.counts.added + c.counts.removed;
  // subtitle, note, the table's header and rows, then the pointer note and a blank row
  const pointerRow = 3 + counts.length;
  return {
    height: pointerRow + 2,
    place: (put, tables, top, listAt) => {
      put(top, 1, subtitle);
      put(top + 1, 1, {
        value: `Compared with ${since.against}: ${c.counts.matched} actions matched, ${c.counts.changed} of them changed.`,
        intent: "note",
      });
      tables.push({
        name: "RAG_SinceLast",
        top: top + 2,
        left: 1,
        columns: ["Change", "Actions"],
        rows: counts.map(([name, n]) => [text(name), int(n)]),
      });
      put(top + pointerRow, 1, {
        value:
          moved === 0
            ? "Nothing moved since the last report."
            : `The actions that moved: from cell ${listAt}, under the exceptions.`,
        intent: "note",
      });
    },
  };
}

/**
 * The list of actions that moved since the last report, each linked to its row, in the right-hand block
 * from (`top`, `left`) under the exceptions. Null when there is nothing to list.
 */
export function sinceLastList(
  put: Put,
  top: number,
  left: number,
  since: SinceLast,
  completeLabel: string
): { readonly table: SheetTable; readonly bottom: number } | null {
  if (!since.onePlan) return null;
  const rows = listRows(since.comparison, completeLabel);
  if (rows.length === 0) return null;
  put(top, left, { value: "Since last report: the actions that moved", intent: "subtitle" });
  put(top + 1, left, {
    value: `Compared with ${since.against}, worst first, then added and removed. The Link column goes to each row.`,
    intent: "note",
  });
  const table: SheetTable = {
    name: "RAG_Changes",
    top: top + 2,
    left,
    columns: [...CHANGES_COLUMNS],
    rows,
  };
  return { table, bottom: top + 2 + rows.length };
}
