import { formatUkDate } from "../calendar/iso";
import type { Rating } from "../schema/action";
import { dateCell, ratingCell, text } from "./cells";
import { legendBlock } from "./legendBlock";
import type { SheetCell, SheetTable } from "./sheetModel";
import { shorten } from "../text/shorten";
import type { Summary } from "./summary";
import { fitWidths, type ColumnFit } from "./widths";

/** Section headings can be whole paragraphs; the tables show their opening words. */
export const LABEL_MAX = 90;
/** The tables cut a long text at a word when that keeps over half of it (see text/shorten.ts). */
export const SUMMARY_WORD_SHARE = 0.5;
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
  /** Widths of the block's columns, from `left`. */
  readonly widths: readonly number[];
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
    widths: fitWidths(left, EXCEPTION_FITS, table ? [table] : [], []),
    wrap: EXCEPTION_WRAP.map((i) => left + i),
    bottom,
  };
}

/** Remembers one cell per distinct key, so rows that show the same thing share the cell. */
class SharedCells<K> {
  private readonly cells = new Map<K, SheetCell>();

  constructor(private readonly make: (key: K) => SheetCell) {}

  get(key: K): SheetCell {
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = this.make(key);
      this.cells.set(key, cell);
    }
    return cell;
  }
}

/**
 * The exceptions table's rows. A big plan lists tens of thousands of exceptions, and most of their cells
 * repeat (the rating, the sheet, the owner, the due date, the reason): cells are plain read-only data, so
 * rows share one object per distinct value instead of making eight per row.
 */
function exceptionRows(summary: Summary, completeLabel: string): SheetCell[][] {
  const ratings = new SharedCells((r: Rating) => ratingCell(r, completeLabel));
  const texts = new SharedCells((v: string | null) => text(v));
  const dates = new SharedCells((iso: string | null) => dateCell(iso));
  // a section heading repeats on every exception under it: shortened once
  const sections = new SharedCells((section: string) =>
    texts.get(shorten(section, LABEL_MAX, SUMMARY_WORD_SHARE))
  );
  return summary.exceptions.map((e) => [
    e.section === null ? texts.get(e.sheet) : sections.get(e.section),
    // refs are nearly all distinct: a cell each, without a map of them (shared only when blank)
    e.ref === null ? texts.get(null) : text(e.ref),
    text(e.action || `Row ${e.row}`),
    texts.get(e.owner),
    dates.get(e.due),
    ratings.get(e.rag),
    texts.get(e.reason),
    e.update === null ? texts.get(null) : text(shorten(e.update, UPDATE_MAX, SUMMARY_WORD_SHARE)),
    { value: `${e.sheet} row ${e.row}`, link: { sheet: e.sheet, address: e.address } },
  ]);
}
