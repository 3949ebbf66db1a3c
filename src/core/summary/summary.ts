import { shorten } from "../text/shorten";
import type { Action, Rating } from "../schema/action";
import { DistinctIssueCounts } from "../fast/distinctIssueCounts";
import { isoDateNumber, sortedByNumbers } from "../fast/sortByNumbers";
import type { Issue } from "../schema/issue";
import type { CheckedTable } from "../schema/report";
import { EXCEPTION_RATINGS, SUMMARY_WORD_SHARE } from "./labels";
import { countActions, type CountRow, type RatingCounts } from "./ratingCounts";

export { NO_OWNER, type CountRow, type RatingCounts } from "./ratingCounts";

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
  /** The latest update (progress cell) as the plan gives it; null when there is none. */
  readonly update: string | null;
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

const RATING_RANK: Readonly<Record<Rating, number>> = {
  red: 0,
  amber: 1,
  "not-rated": 2,
  green: 3,
  complete: 4,
};

/**
 * Summarises checked tables at a report date: counts by rating overall, by section and by owner, data
 * quality, and the exceptions list. `workbookIssues` (workbook-level problems) count in the headline.
 */
export function buildSummary(
  tables: readonly CheckedTable[],
  asOf: string,
  options: { readonly workbookIssues?: readonly Issue[] } = {}
): Summary {
  const counts = countActions(tables);
  const exceptions: SummaryException[] = [];
  /** Each exception's sheet in order of first appearance, by position in `exceptions` (for the sort). */
  const sheetOrders: number[] = [];
  // each distinct code and cell once
  const issues = new DistinctIssueCounts();
  const sheetOrder = new Map<string, number>();

  for (const i of options.workbookIssues ?? []) issues.add(i);
  for (const table of tables) {
    let order = sheetOrder.get(table.sheet);
    if (order === undefined) {
      order = sheetOrder.size;
      sheetOrder.set(table.sheet, order);
    }
    for (const i of table.issues) issues.add(i);
    const actionCol = table.columns.action ?? table.range.replace(/\d.*$/, "");
    // indexed loops over the actions and their issues: the lists are of two kinds (each action's own, and
    // one frozen empty list shared by actions without issues) and a for-of over both builds an iterator
    // per list
    const list = table.actions;
    for (let k = 0; k < list.length; k++) {
      const a = list[k] as Action;
      const own = a.issues;
      for (let j = 0; j < own.length; j++) issues.add(own[j] as Issue);
      if (EXCEPTION_RATINGS.includes(a.rag)) {
        exceptions.push({
          sheet: table.sheet,
          row: a.row,
          address: `${actionCol}${a.row}`,
          ref: a.ref,
          action: shorten(a.actionText || a.action, ACTION_MAX, SUMMARY_WORD_SHARE),
          owner: a.owner,
          due: a.due,
          rag: a.rag,
          reason: a.ragReason,
          section: table.section,
          update: a.update ?? null,
        });
        sheetOrders.push(order);
      }
    }
  }

  const sorted = sortExceptions(exceptions, sheetOrders);
  const { actions, withOwner, withDate } = counts;

  return {
    asOf,
    tables: tables.length,
    actions,
    overall: counts.overall,
    bySection: counts.bySection,
    byOwner: counts.byOwner,
    quality: {
      withOwner,
      withDate,
      shareWithOwner: actions === 0 ? 0 : withOwner / actions,
      shareWithDate: actions === 0 ? 0 : withDate / actions,
      errors: issues.counts.error,
      warnings: issues.counts.warning,
      infos: issues.counts.info,
    },
    exceptions: sorted,
  };
}

/** Exceptions show the action's opening words, cut at a word and marked with an ellipsis. */
const ACTION_MAX = 90;

/** yyyymmdd of an ISO date; "none" sorts after every date; NaN when the text is not an ISO date. */
function dueNumber(due: string | null): number {
  return due === null ? 99_999_999 : isoDateNumber(due);
}

/**
 * Red, then amber, then not rated; within each by due date (none last), then sheet and row; a stable sort.
 * Each exception's order as two numbers (rating and due; sheet and row); when a due date is not an ISO date
 * the numbers would not order it as the text does, so the fields are compared instead.
 */
function sortExceptions(
  exceptions: readonly SummaryException[],
  sheetOrders: readonly number[]
): SummaryException[] {
  const n = exceptions.length;
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  let numeric = true;
  for (let i = 0; i < n; i++) {
    const e = exceptions[i] as SummaryException;
    const due = dueNumber(e.due);
    if (Number.isNaN(due) || !(e.row >= 0 && e.row < 2 ** 31)) numeric = false;
    first[i] = RATING_RANK[e.rag] * 1e8 + due;
    second[i] = (sheetOrders[i] ?? 0) * 2 ** 31 + e.row;
  }
  if (numeric) return sortedByNumbers(exceptions, first, second);
  const positions = exceptions.map((_, i) => i);
  positions.sort((i, j) => {
    const x = exceptions[i] as SummaryException;
    const y = exceptions[j] as SummaryException;
    return (
      RATING_RANK[x.rag] - RATING_RANK[y.rag] ||
      compareDue(x.due, y.due) ||
      (sheetOrders[i] ?? 0) - (sheetOrders[j] ?? 0) ||
      x.row - y.row
    );
  });
  return positions.map((i) => exceptions[i] as SummaryException);
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
