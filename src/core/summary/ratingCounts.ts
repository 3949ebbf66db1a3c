import type { Action, Rating } from "../schema/action";
import type { CheckedTable } from "../schema/report";
import { addRating } from "../fast/addRating";
import { ownerKey, splitOwners } from "./owners";

/** Actions per rating, and their total. */
export type RatingCounts = Readonly<Record<Rating, number>> & { readonly total: number };

/** One row of a count table (a section or an owner). */
export interface CountRow {
  readonly label: string;
  readonly counts: RatingCounts;
}

/** Shown for actions whose owner cell is blank. */
export const NO_OWNER = "(no owner)";

type MutableCounts = Record<Rating, number> & { total: number };

function emptyCounts(): MutableCounts {
  return { complete: 0, red: 0, amber: 0, green: 0, "not-rated": 0, total: 0 };
}

function count(counts: MutableCounts, rating: Rating): void {
  addRating(counts, rating);
  counts.total += 1;
}

class CountTable {
  private readonly rows = new Map<string, { label: string; counts: MutableCounts }>();
  /** Labels repeat for every action of a section or owner: fold each distinct label once. */
  private readonly keys = new Map<string, string>();

  /** The counts a label adds to (its row, made on first sight), for callers that add to it often. */
  counts(label: string): MutableCounts {
    let key = this.keys.get(label);
    if (key === undefined) {
      key = ownerKey(label);
      this.keys.set(label, key);
    }
    let row = this.rows.get(key);
    if (!row) {
      row = { label, counts: emptyCounts() };
      this.rows.set(key, row);
    }
    return row.counts;
  }

  list(): CountRow[] {
    return [...this.rows.values()].map((r) => ({ label: r.label, counts: { ...r.counts } }));
  }
}

/** How many actions there are by rating: overall, by section and by owner, and how many have an owner and a date. */
export interface ActionCounts {
  readonly actions: number;
  readonly overall: RatingCounts;
  /** In the order sections first appear; a table with no heading counts under its sheet's name. */
  readonly bySection: readonly CountRow[];
  /** Alphabetical (without case), with "(no owner)" last when some actions have none. */
  readonly byOwner: readonly CountRow[];
  readonly withOwner: number;
  readonly withDate: number;
}

/**
 * Counts the actions of checked tables by rating. What the report's summary and the summary sheet's count
 * tables show; the report needs only this, not the exceptions list.
 */
export function countActions(tables: readonly CheckedTable[]): ActionCounts {
  const known = counted.get(tables);
  if (known !== undefined && known.length === tables.length) return known.counts;
  const counts = countAfresh(tables);
  counted.set(tables, { length: tables.length, counts });
  return counts;
}

/**
 * The counts already made for a list of tables. The engine counts a report's tables for its JSON summary,
 * and the summary sheet of the same report counts them again (a tenth of the summary's time at 100,000
 * rows): a report's tables are never changed once checked, so the second count is the first one's answer.
 * A list that has grown since is counted afresh; the map holds no list alive.
 */
const counted = new WeakMap<
  readonly CheckedTable[],
  { readonly length: number; readonly counts: ActionCounts }
>();

function countAfresh(tables: readonly CheckedTable[]): ActionCounts {
  const overall = emptyCounts();
  const sections = new CountTable();
  const owners = new CountTable();
  // owner cells repeat across a plan (a few leads own many actions): split each distinct cell once and
  // keep the count rows its names add to
  const ownerRows = new Map<string | null, MutableCounts[]>();
  let noOwner: MutableCounts[] | null = null;
  let withOwner = 0;
  let withDate = 0;
  let actions = 0;
  for (const table of tables) {
    // only a table with actions has a row in the section counts
    const sectionCounts =
      table.actions.length > 0 ? sections.counts(table.section ?? table.sheet) : null;
    // indexed: no iterator per table
    const list = table.actions;
    for (let k = 0; k < list.length; k++) {
      const a = list[k] as Action;
      actions += 1;
      count(overall, a.rag);
      if (sectionCounts) count(sectionCounts, a.rag);
      let rows = ownerRows.get(a.owner);
      if (rows === undefined) {
        const names = splitOwners(a.owner);
        rows =
          names.length === 0
            ? (noOwner ??= [owners.counts(NO_OWNER)])
            : names.map((n) => owners.counts(n));
        ownerRows.set(a.owner, rows);
      }
      if (rows !== noOwner) withOwner += 1;
      for (let j = 0; j < rows.length; j++) count(rows[j] as MutableCounts, a.rag);
      if (a.due !== null) withDate += 1;
    }
  }
  const byOwner = owners.list().sort((x, y) => {
    if (x.label === NO_OWNER) return 1;
    if (y.label === NO_OWNER) return -1;
    return ownerKey(x.label).localeCompare(ownerKey(y.label), "en-GB");
  });
  return { actions, overall, bySection: sections.list(), byOwner, withOwner, withDate };
}
