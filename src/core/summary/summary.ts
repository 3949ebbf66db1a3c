import { collapseSpace } from "../detect/normalise";
import type { Rating } from "../schema/action";
import { columnIndex } from "../grid/a1";
import type { Issue, Severity } from "../schema/issue";
import type { CheckedTable } from "../schema/report";
import { EXCEPTION_RATINGS } from "./labels";
import { ownerKey, splitOwners } from "./owners";

/** Actions per rating, and their total. */
export type RatingCounts = Readonly<Record<Rating, number>> & { readonly total: number };

/** One row of a count table (a section or an owner). */
export interface CountRow {
  readonly label: string;
  readonly counts: RatingCounts;
}

/** A red, amber or not-rated action, for the exceptions list. */
export interface SummaryException {
  readonly sheet: string;
  readonly row: number;
  /** The cell the exception links to: the action cell of its row ("A14"). */
  readonly address: string;
  readonly ref: string | null;
  /** The action's opening words (up to 90 characters, cut at a word, "…" when cut). */
  readonly action: string;
  readonly owner: string | null;
  readonly due: string | null;
  readonly rag: Rating;
  readonly reason: string;
  readonly section: string | null;
}

/** Data quality at a glance. Shares are 0–1 (0 when there are no actions). */
export interface DataQuality {
  readonly withOwner: number;
  readonly withDate: number;
  readonly shareWithOwner: number;
  readonly shareWithDate: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Everything the summary sheet, the history row and the roll-up need, as data. */
export interface Summary {
  readonly asOf: string;
  readonly tables: number;
  readonly actions: number;
  readonly overall: RatingCounts;
  /** In the order sections first appear; a table with no heading counts under its sheet's name. */
  readonly bySection: readonly CountRow[];
  /** Alphabetical (without case), with "(no owner)" last when some actions have none. */
  readonly byOwner: readonly CountRow[];
  readonly quality: DataQuality;
  /** Red, then amber, then not rated; within each by due date (none last), then sheet and row. */
  readonly exceptions: readonly SummaryException[];
}

/** Shown for actions whose owner cell is blank. */
export const NO_OWNER = "(no owner)";

type MutableCounts = Record<Rating, number> & { total: number };

function emptyCounts(): MutableCounts {
  return { complete: 0, red: 0, amber: 0, green: 0, "not-rated": 0, total: 0 };
}

class CountTable {
  private readonly rows = new Map<string, { label: string; counts: MutableCounts }>();
  /** Labels repeat for every action of a section or owner: fold each distinct label once. */
  private readonly keys = new Map<string, string>();

  add(label: string, rating: Rating): void {
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
    row.counts[rating] += 1;
    row.counts.total += 1;
  }

  list(): CountRow[] {
    return [...this.rows.values()].map((r) => ({ label: r.label, counts: { ...r.counts } }));
  }
}

const RATING_RANK: Readonly<Record<Rating, number>> = {
  red: 0,
  amber: 1,
  "not-rated": 2,
  green: 3,
  complete: 4,
};

/**
 * Counts issues by severity, each distinct code and cell once. Keys are numbers per sheet rather than
 * "code|sheet|cell" strings: a big plan has an issue or two on every action.
 */
class IssueTally {
  readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private readonly bySheet = new Map<string, Set<number>>();
  private readonly codes = new Map<string, number>();
  private readonly columns = new Map<string, number>();
  /** Issues without a cell a number can name (none from makeIssue), by their text key. */
  private readonly odd = new Set<string>();

  add(i: Issue): void {
    let code = this.codes.get(i.code);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(i.code, code);
    }
    let col = this.columns.get(i.column);
    if (col === undefined) {
      col = columnIndex(i.column);
      this.columns.set(i.column, col);
    }
    if (!(col >= 1 && col <= 16_384 && Number.isInteger(i.row) && i.row >= 1 && i.row < 2 ** 21)) {
      const key = `${i.code}|${i.sheet}|${i.cell}`;
      if (!this.odd.has(key)) {
        this.odd.add(key);
        this.counts[i.severity] += 1;
      }
      return;
    }
    let seen = this.bySheet.get(i.sheet);
    if (!seen) {
      seen = new Set();
      this.bySheet.set(i.sheet, seen);
    }
    const key = (i.row * 16_385 + col) * 64 + code;
    if (seen.has(key)) return;
    seen.add(key);
    this.counts[i.severity] += 1;
  }
}

/**
 * Summarises checked tables at a report date: counts by rating overall, by section and by owner, data
 * quality, and the exceptions list. `workbookIssues` (workbook-level problems) count in the headline.
 */
export function buildSummary(
  tables: readonly CheckedTable[],
  asOf: string,
  options: { readonly workbookIssues?: readonly Issue[] } = {}
): Summary {
  const overall = emptyCounts();
  const sections = new CountTable();
  const owners = new CountTable();
  const exceptions: (SummaryException & { order: number })[] = [];
  const issues = new IssueTally();
  const sheetOrder = new Map<string, number>();
  // owner cells repeat across a plan (a few leads own many actions): split each distinct cell once
  const ownerNames = new Map<string | null, string[]>();
  let withOwner = 0;
  let withDate = 0;
  let actions = 0;

  for (const i of options.workbookIssues ?? []) issues.add(i);
  for (const table of tables) {
    if (!sheetOrder.has(table.sheet)) sheetOrder.set(table.sheet, sheetOrder.size);
    for (const i of table.issues) issues.add(i);
    const section = table.section ?? table.sheet;
    const actionCol = table.columns.action ?? table.range.replace(/\d.*$/, "");
    for (const a of table.actions) {
      actions += 1;
      overall[a.rag] += 1;
      overall.total += 1;
      sections.add(section, a.rag);
      let names = ownerNames.get(a.owner);
      if (names === undefined) {
        names = splitOwners(a.owner);
        ownerNames.set(a.owner, names);
      }
      if (names.length === 0) owners.add(NO_OWNER, a.rag);
      else withOwner += 1;
      for (const name of names) owners.add(name, a.rag);
      if (a.due !== null) withDate += 1;
      for (const i of a.issues) issues.add(i);
      if (EXCEPTION_RATINGS.includes(a.rag)) {
        exceptions.push({
          sheet: table.sheet,
          row: a.row,
          address: `${actionCol}${a.row}`,
          ref: a.ref,
          action: shortText(a.actionText || a.action, ACTION_MAX),
          owner: a.owner,
          due: a.due,
          rag: a.rag,
          reason: a.ragReason,
          section: table.section,
          order: sheetOrder.get(table.sheet) ?? 0,
        });
      }
    }
  }

  exceptions.sort(
    (x, y) =>
      RATING_RANK[x.rag] - RATING_RANK[y.rag] ||
      compareDue(x.due, y.due) ||
      x.order - y.order ||
      x.row - y.row
  );

  const byOwner = owners.list().sort((x, y) => {
    if (x.label === NO_OWNER) return 1;
    if (y.label === NO_OWNER) return -1;
    return ownerKey(x.label).localeCompare(ownerKey(y.label), "en-GB");
  });

  return {
    asOf,
    tables: tables.length,
    actions,
    overall,
    bySection: sections.list(),
    byOwner,
    quality: {
      withOwner,
      withDate,
      shareWithOwner: actions === 0 ? 0 : withOwner / actions,
      shareWithDate: actions === 0 ? 0 : withDate / actions,
      errors: issues.counts.error,
      warnings: issues.counts.warning,
      infos: issues.counts.info,
    },
    exceptions: exceptions.map(({ order: _order, ...e }) => e),
  };
}

/** Exceptions show the action's opening words, cut at a word and marked with an ellipsis. */
const ACTION_MAX = 90;

export function shortText(text: string, max: number): string {
  const flat = collapseSpace(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
