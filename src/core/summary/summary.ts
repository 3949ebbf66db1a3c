import { collapseSpace } from "../text/normalise";
import { trimEndPunctuation } from "../text/trimEnd";
import type { Action, Rating } from "../schema/action";
import { columnIndex } from "../grid/a1";
import { RowOrderedMap } from "../grid/rowOrderedMap";
import type { Issue, Severity } from "../schema/issue";
import type { CheckedTable } from "../schema/report";
import { EXCEPTION_RATINGS } from "./labels";
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

/** Smi-sized keys (see IssueTally): 16 codes × 64 columns per row, rows below 2^20 (Excel's limit). */
const CODE_SLOTS = 16;
const CELL_SLOTS = 64 * CODE_SLOTS;
const SMALL_ROWS = 2 ** 20;

/** Distinct small keys of one sheet (in row order, see RowOrderedMap), and the rare wide ones. */
class SheetKeys {
  private readonly small = new RowOrderedMap<true>();
  readonly wide = new Set<string>();

  /** Adds the key (of a cell on `row`); false when it was already there. */
  add(row: number, key: number): boolean {
    if (this.small.get(row, key)) return false;
    this.small.set(row, key, true);
    return true;
  }
}

/**
 * Counts issues by severity, each distinct code and cell once. A big plan has an issue or two on every
 * action, so keys are numbers per sheet, not "code|sheet|cell" strings, and small ones: the row, then the
 * column and code as indexes in order of first sight, fit V8's small integers, where a key over 2^31 would
 * be a boxed number allocated and hashed per issue. The rare issue that does not fit (a 65th distinct
 * column, a row past 2^20) takes a text key of the same parts; one without a real cell (none from the
 * engine) its code, sheet and cell text.
 */
class IssueTally {
  readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private readonly bySheet = new Map<string, SheetKeys>();
  private readonly codes = new Map<string, number>();
  /** Column letters → index in order of first sight (letters of one column share it), -1 when not a column. */
  private readonly columns = new Map<string, number>();
  private readonly columnSlots = new Map<number, number>();
  private readonly odd = new Set<string>();

  add(i: Issue): void {
    let code = this.codes.get(i.code);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(i.code, code);
    }
    const col = this.column(i.column);
    if (!(col >= 0 && Number.isInteger(i.row) && i.row >= 1 && i.row < 2 ** 21)) {
      this.once(this.odd, `${i.code}|${i.sheet}|${i.cell}`, i.severity);
      return;
    }
    let seen = this.bySheet.get(i.sheet);
    if (!seen) {
      seen = new SheetKeys();
      this.bySheet.set(i.sheet, seen);
    }
    if (code < CODE_SLOTS && col * CODE_SLOTS < CELL_SLOTS && i.row < SMALL_ROWS) {
      if (seen.add(i.row, i.row * CELL_SLOTS + col * CODE_SLOTS + code))
        this.counts[i.severity] += 1;
    } else this.once(seen.wide, `${i.row}|${col}|${code}`, i.severity);
  }

  private once(seen: Set<string>, key: string, severity: Severity): void {
    if (seen.has(key)) return;
    seen.add(key);
    this.counts[severity] += 1;
  }

  private column(letters: string): number {
    let slot = this.columns.get(letters);
    if (slot === undefined) {
      const col = columnIndex(letters);
      if (col >= 1 && col <= 16_384) {
        slot = this.columnSlots.get(col);
        if (slot === undefined) {
          slot = this.columnSlots.size;
          this.columnSlots.set(col, slot);
        }
      } else slot = -1;
      this.columns.set(letters, slot);
    }
    return slot;
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
  const counts = countActions(tables);
  const exceptions: SummaryException[] = [];
  /** Each exception's sheet in order of first appearance, by position in `exceptions` (for the sort). */
  const sheetOrders: number[] = [];
  const issues = new IssueTally();
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
          action: shortText(a.actionText || a.action, ACTION_MAX),
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

export function shortText(text: string, max: number): string {
  const flat = collapseSpace(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${trimEndPunctuation(space > max / 2 ? cut.slice(0, space) : cut)}…`;
}

/** yyyymmdd of an ISO date; "none" sorts after every date; NaN when the text is not an ISO date. */
function dueNumber(due: string | null): number {
  if (due === null) return 99_999_999;
  if (due.length !== 10 || due.charCodeAt(4) !== 45 || due.charCodeAt(7) !== 45) return NaN;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = due.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Red, then amber, then not rated; within each by due date (none last), then sheet and row; a stable sort.
 * Sorts positions by two numbers each, made once, rather than comparing fields (and date strings) in every
 * comparison: a big plan has tens of thousands of exceptions. When a due date is not an ISO date the
 * numbers would not order it as the text does, so the fields are compared instead.
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
  if (numeric && nonDecreasing(second)) return groupedByKey(exceptions, first);
  const positions = exceptions.map((_, i) => i);
  if (numeric)
    positions.sort(
      (i, j) => (first[i] ?? 0) - (first[j] ?? 0) || (second[i] ?? 0) - (second[j] ?? 0)
    );
  else {
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
  }
  return positions.map((i) => exceptions[i] as SummaryException);
}

function nonDecreasing(keys: Float64Array): boolean {
  for (let i = 1; i < keys.length; i++)
    if ((keys[i] as number) < (keys[i - 1] as number)) return false;
  return true;
}

/**
 * The stable sort by `keys` of items whose second key already rises with their position, as the engine's
 * tables list them (sheet by sheet, row by row): ties then keep their order, so the list is grouped by key
 * (a few hundred ratings × due dates) and the groups put in order, not sorted item by item.
 */
function groupedByKey<T>(items: readonly T[], keys: Float64Array): T[] {
  const groups = new Map<number, T[]>();
  for (let i = 0; i < items.length; i++) {
    const key = keys[i] as number;
    const group = groups.get(key);
    if (group) group.push(items[i] as T);
    else groups.set(key, [items[i] as T]);
  }
  const out: T[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    for (const item of groups.get(key) as T[]) out.push(item);
  }
  return out;
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
