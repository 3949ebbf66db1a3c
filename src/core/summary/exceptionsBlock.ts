import { formatUkDate } from "../calendar/iso";
import type { Rating } from "../schema/action";
import { dateCell, ratingCell, text } from "./cells";
import { SUMMARY_WORD_SHARE } from "./labels";
import { legendBlock } from "./legendBlock";
import type { SheetCell, SheetTable } from "./sheetModel";
import { shorten } from "../text/shorten";
import type { Summary } from "./summary";
import type { ColumnFit } from "./widths";

/** Section headings can be whole paragraphs; the tables show their opening words. */
export const LABEL_MAX = 90;
/** A progress cell can run to pages; the board paper shows its opening. */
const UPDATE_MAX = 200;

/** The columns that say which action a row is, first in both lists of actions (exceptions, changes). */
export const ACTION_COLUMNS = ["Section", "Ref", "Action", "Owner", "Due", "Rating"] as const;

export const EXCEPTION_COLUMNS = [...ACTION_COLUMNS, "Reason", "Latest update", "Link"] as const;

/**
 * How wide each exceptions column may get; long text wraps within the cap. The caps keep the block near
 * 190 characters, so it prints one page wide at three quarters of full size.
 */
export const EXCEPTION_FITS: readonly ColumnFit[] = [
  { min: 12, max: 26 }, // section
  { min: 6, max: 12 }, // ref
  { min: 16, max: 34 }, // action
  { min: 12, max: 22 }, // owner
  { min: 12, max: 12 }, // due
  { min: 11, max: 13 }, // rating
  { min: 16, max: 32 }, // reason
  { min: 16, max: 40 }, // latest update
  { min: 10, max: 20 }, // link
];
/** Columns (0-based in the table) whose text wraps: everything but the due date and the rating. */
export const EXCEPTION_WRAP = [0, 1, 2, 3, 6, 7, 8];

type Put = (row: number, col: number, cell: SheetCell) => void;

export interface ExceptionsBlock {
  readonly table: SheetTable | null;
  /** 1-based columns that wrap inside the table. */
  readonly wrap: readonly number[];
  /** The last row the block uses. */
  readonly bottom: number;
}

/**
 * The exceptions (red, amber and not rated, each linked to its row) and the legend of the plan's
 * highlights, in a column block of their own from (`top`, `left`), so the table's wide text columns
 * never stretch the count tables' columns.
 */
export function exceptionsBlock(
  summary: Summary,
  completeLabel: string,
  put: Put,
  top: number,
  left: number
): ExceptionsBlock {
  let row = top;
  put(row++, left, { value: "Exceptions: red, amber and not rated", intent: "subtitle" });
  let table: SheetTable | null = null;
  if (summary.exceptions.length === 0) {
    put(row++, left, { value: "No red, amber or not-rated actions.", intent: "note" });
  } else {
    const n = summary.exceptions.length;
    put(row++, left, {
      value: `${n} ${n === 1 ? "action" : "actions"} at ${formatUkDate(summary.asOf)}, worst first. The Link column goes to each row in the plan.`,
      intent: "note",
    });
    table = {
      name: "RAG_Exceptions",
      top: row,
      left,
      columns: [...EXCEPTION_COLUMNS],
      rows: exceptionRows(summary, completeLabel),
    };
    row += n + 2;
  }
  const bottom = legendBlock(put, row, left) - 2;
  return {
    table,
    wrap: EXCEPTION_WRAP.map((i) => left + i),
    bottom,
  };
}

/** Remembers one cell per distinct key, so rows that show the same thing share the cell. */
class SharedCells<K> {
  private readonly cells = new Map<K, SheetCell>();
  // exceptions come sorted by rating and due date, and a section's run together: most rows ask for the
  // key the row before asked for, answered without a lookup
  private lastKey: K | undefined;
  private lastCell: SheetCell | undefined;

  constructor(private readonly make: (key: K) => SheetCell) {}

  get(key: K): SheetCell {
    if (key === this.lastKey && this.lastCell !== undefined) return this.lastCell;
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = this.make(key);
      this.cells.set(key, cell);
    }
    this.lastKey = key;
    this.lastCell = cell;
    return cell;
  }
}

/**
 * The exceptions table's rows. A big plan lists tens of thousands of exceptions, and most of their cells
 * repeat (the rating, the sheet, the owner, the due date, the reason): cells are plain read-only data, so
 * rows share one object per distinct value instead of making eight per row. Each column has its own
 * shared cells, so a run of one value down a column is found without a lookup.
 */
function exceptionRows(summary: Summary, completeLabel: string): SheetCell[][] {
  const blank = text(null);
  const ratings = new SharedCells((r: Rating) => ratingCell(r, completeLabel));
  const dates = new SharedCells((iso: string | null) => dateCell(iso));
  const owners = new SharedCells((v: string | null) => text(v));
  const reasons = new SharedCells((v: string) => text(v));
  // a section heading repeats on every exception under it: shortened once
  const sections = new SharedCells((section: string) =>
    text(shorten(section, LABEL_MAX, SUMMARY_WORD_SHARE))
  );
  const sheets = new SharedCells((sheet: string) => text(sheet));
  return summary.exceptions.map((e) => [
    e.section === null ? sheets.get(e.sheet) : sections.get(e.section),
    // refs are nearly all distinct: a cell each, without a map of them (shared only when blank)
    e.ref === null ? blank : text(e.ref),
    text(e.action || `Row ${e.row}`),
    owners.get(e.owner),
    dates.get(e.due),
    ratings.get(e.rag),
    reasons.get(e.reason),
    e.update === null ? blank : text(shorten(e.update, UPDATE_MAX, SUMMARY_WORD_SHARE)),
    { value: `${e.sheet} row ${e.row}`, link: { sheet: e.sheet, address: e.address } },
  ]);
}
