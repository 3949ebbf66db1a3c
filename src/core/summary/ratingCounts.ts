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

  /** `counts` for a label whose key (`ownerKey`) the caller has made already. */
  countsKeyed(label: string, key: string): MutableCounts {
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

  /** The rows with their keys (a row's key is `ownerKey` of its label). */
  keyed(): { readonly key: string; readonly row: CountRow }[] {
    return [...this.rows].map(([key, r]) => ({
      key,
      row: { label: r.label, counts: { ...r.counts } },
    }));
  }
}

function addCounts(to: MutableCounts, from: MutableCounts): void {
  to.complete += from.complete;
  to.red += from.red;
  to.amber += from.amber;
  to.green += from.green;
  to["not-rated"] += from["not-rated"];
  to.total += from.total;
}

/** One distinct owner cell of a table: its names split once, each with its key, and its actions' ratings. */
interface CellTally {
  readonly cell: string | null;
  readonly names: readonly { readonly label: string; readonly key: string }[];
  readonly counts: MutableCounts;
}

/** What one table adds to the counts. */
interface TableTally {
  readonly overall: MutableCounts;
  /** Its distinct owner cells in the order its actions first show them. */
  readonly cells: readonly CellTally[];
  readonly withDate: number;
}

/**
 * Each table's tally, by the table object: a report's tables are never changed once checked, and a
 * re-check after an edit keeps every table it did not check again as the same object, so its counts are
 * the tables it checked plus sums of tallies made before (owner cells split, names folded, once).
 */
const tallies = new WeakMap<CheckedTable, TableTally>();

/** An owner cell's names, each with its key. */
type OwnerNames = CellTally["names"];

function tallyOf(table: CheckedTable, namesOf: (cell: string | null) => OwnerNames): TableTally {
  const known = tallies.get(table);
  if (known !== undefined) return known;
  const overall = emptyCounts();
  const byCell = new Map<string | null, CellTally>();
  let withDate = 0;
  // indexed: no iterator per table
  const list = table.actions;
  for (let k = 0; k < list.length; k++) {
    const a = list[k] as Action;
    count(overall, a.rag);
    let cell = byCell.get(a.owner);
    if (cell === undefined) {
      cell = { cell: a.owner, names: namesOf(a.owner), counts: emptyCounts() };
      byCell.set(a.owner, cell);
    }
    count(cell.counts, a.rag);
    if (a.due !== null) withDate += 1;
  }
  const tally = { overall, cells: [...byCell.values()], withDate };
  tallies.set(table, tally);
  return tally;
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

const OWNER_ORDER = new Intl.Collator("en-GB");

function countAfresh(tables: readonly CheckedTable[]): ActionCounts {
  const overall = emptyCounts();
  const sections = new CountTable();
  const owners = new CountTable();
  // owner cells repeat across a plan (a few leads own many actions): the count rows of each distinct cell
  const ownerRows = new Map<string | null, MutableCounts[]>();
  let noOwner: MutableCounts[] | null = null;
  let withOwner = 0;
  let withDate = 0;
  let actions = 0;
  // one owner cell recurs across the tables of a plan: split it once a count, not once a table
  const split = new Map<string | null, OwnerNames>();
  const namesOf = (cell: string | null): OwnerNames => {
    let names = split.get(cell);
    if (names === undefined) {
      names = splitOwners(cell).map((label) => ({ label, key: ownerKey(label) }));
      split.set(cell, names);
    }
    return names;
  };
  for (const table of tables) {
    const tally = tallyOf(table, namesOf);
    actions += tally.overall.total;
    addCounts(overall, tally.overall);
    // only a table with actions has a row in the section counts
    if (table.actions.length > 0)
      addCounts(sections.counts(table.section ?? table.sheet), tally.overall);
    for (const c of tally.cells) {
      let rows = ownerRows.get(c.cell);
      if (rows === undefined) {
        rows =
          c.names.length === 0
            ? (noOwner ??= [owners.counts(NO_OWNER)])
            : c.names.map((n) => owners.countsKeyed(n.label, n.key));
        ownerRows.set(c.cell, rows);
      }
      if (rows !== noOwner) withOwner += c.counts.total;
      for (let j = 0; j < rows.length; j++) addCounts(rows[j] as MutableCounts, c.counts);
    }
    withDate += tally.withDate;
  }
  const byOwner = owners
    .keyed()
    .sort((x, y) => {
      if (x.row.label === NO_OWNER) return 1;
      if (y.row.label === NO_OWNER) return -1;
      return OWNER_ORDER.compare(x.key, y.key);
    })
    .map((r) => r.row);
  return { actions, overall, bySection: sections.list(), byOwner, withOwner, withDate };
}
