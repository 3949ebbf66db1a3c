import { sinceLastCounts, sinceLastList, type SinceLast } from "./sinceLastBlock";
import type { Rating } from "../schema/action";
import { formatUkDate } from "../calendar/iso";
import { columnLetter } from "../grid/a1";
import { dateCell, formatGeneratedAt, int, label, pct, ratingCell, text } from "./cells";
import { EXCEPTION_FITS, exceptionsBlock, LABEL_MAX } from "./exceptionsBlock";
import { RATING_ORDER, ratingLabel, SUMMARY_WORD_SHARE } from "./labels";
import type { SheetCell, SheetChart, SheetModel, SheetTable } from "./sheetModel";
import { shorten } from "../text/shorten";
import type { CountRow, Summary } from "./summary";
import { fitWidths, type ColumnFit } from "./widths";

/** The name of the add-in's summary sheet. */
export const SUMMARY_SHEET_NAME = "RAG Summary";

export interface SummarySheetOptions {
  /** When the sheet was made: ISO date-time, passed in (the core reads no clock). */
  readonly generatedAt: string;
  readonly completeLabel?: string;
  /** Fill for complete (RRGGBB), from the configuration. */
  readonly completeColour?: string;
  /** The workbook's file name, shown under the title. */
  readonly file?: string;
  /** The comparison with the previous version, when one is known: the "Since last report" block. */
  readonly sinceLast?: SinceLast;
}

type Placed = { row: number; col: number; cell: SheetCell };
type Put = (row: number, col: number, cell: SheetCell) => void;

// Two column blocks, so each table has widths that fit it. The summary (headline, ratings, by section,
// by owner) takes columns A-G: a label column and six narrow count columns. The exceptions, whose text
// columns are wide, take columns I-Q below it: sharing columns, either kind of table left gaps in the other.
// Each block prints as its own area, one page wide.
/** Columns of the summary block: the label, then the five ratings and the total. */
const SUMMARY_COLUMNS = 7;
const SUMMARY_FITS: readonly ColumnFit[] = [
  { min: 20, max: 44 },
  ...Array.from({ length: SUMMARY_COLUMNS - 1 }, () => ({ min: 8, max: 14 })),
];
/** A narrow empty column between the blocks. */
const GUTTER_WIDTH = 2;
const EXCEPTIONS_LEFT = SUMMARY_COLUMNS + 2;
const CHART_COLUMN = 5;

function countColumns(first: string, completeLabel: string): string[] {
  return [first, ...RATING_ORDER.map((r) => ratingLabel(r, completeLabel)), "Total"];
}

function countRows(rows: readonly CountRow[]): SheetCell[][] {
  return rows.map((r) => [
    text(shorten(r.label, LABEL_MAX, SUMMARY_WORD_SHARE)),
    ...RATING_ORDER.map((rating: Rating) => int(r.counts[rating])),
    int(r.counts.total),
  ]);
}

/** What the sheet is built up from: cells and tables in reading order, and the cells that set widths. */
interface Layout {
  readonly cells: Placed[];
  readonly tables: SheetTable[];
  /** Free cells whose text must fit their column (a label beside its figure, the figures). */
  readonly fitted: Placed[];
  readonly put: Put;
  readonly putFitted: Put;
}

function newLayout(): Layout {
  const cells: Placed[] = [];
  const fitted: Placed[] = [];
  const put: Put = (row, col, cell) => cells.push({ row, col, cell });
  const putFitted: Put = (row, col, cell) => {
    put(row, col, cell);
    fitted.push({ row, col, cell });
  };
  return { cells, tables: [], fitted, put, putFitted };
}

/**
 * The "RAG Summary" sheet: title, report date, time generated, headline figures, counts overall, by
 * section and by owner, and the exceptions (each linked to its row) — every block an Excel table, ratings
 * in words with a colour intent, and a bar chart of the overall counts.
 */
export function summarySheetModel(summary: Summary, options: SummarySheetOptions): SheetModel {
  const completeLabel = options.completeLabel ?? "Complete";
  const out = newLayout();
  const { titleRows, next } = titleBlock(out, summary, options);
  const sinceTop = headline(summary, out.putFitted, out.put, next) + 1;
  // the since-last counts' note names the cell of the list under the exceptions, which is known only once
  // everything below the counts is laid out: they are measured now and written in their place after
  const since = options.sinceLast ? sinceLastCounts(options.sinceLast) : null;
  const sinceAt = { cells: out.cells.length, tables: out.tables.length };
  const left = countsBlock(out, summary, completeLabel, sinceTop + (since?.height ?? 0));

  const ex = exceptionsBlock(summary, completeLabel, out.put, left.exceptionsTop, EXCEPTIONS_LEFT);
  if (ex.table) out.tables.push(ex.table);
  const listTop = ex.bottom + 3;
  if (since) {
    const part = newLayout();
    since.place(part.put, part.tables, sinceTop, `${columnLetter(EXCEPTIONS_LEFT)}${listTop}`);
    out.cells.splice(sinceAt.cells, 0, ...part.cells);
    out.tables.splice(sinceAt.tables, 0, ...part.tables);
  }
  const changes = options.sinceLast
    ? sinceLastList(out.put, listTop, EXCEPTIONS_LEFT, options.sinceLast, completeLabel)
    : null;
  if (changes) out.tables.push(changes.table);
  const rightWidths = fitWidths(
    EXCEPTIONS_LEFT,
    EXCEPTION_FITS,
    out.tables.filter((t) => t.left === EXCEPTIONS_LEFT),
    []
  );
  const countTables = out.tables.filter((t) => t.left === 1);

  return {
    name: SUMMARY_SHEET_NAME,
    columnWidths: [
      ...fitWidths(1, SUMMARY_FITS, countTables, out.fitted),
      GUTTER_WIDTH,
      ...rightWidths,
    ],
    cells: out.cells,
    tables: out.tables,
    charts: [overallChart(summary, left.overallTop)],
    wrapColumns: [1, ...ex.wrap],
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 1, last: titleRows },
      pageNumbers: true,
      areas: [
        { top: 1, left: 1, bottom: left.bottom, right: SUMMARY_COLUMNS },
        {
          top: left.exceptionsTop,
          left: EXCEPTIONS_LEFT,
          bottom: changes ? changes.bottom : ex.bottom,
          right: EXCEPTIONS_LEFT + rightWidths.length - 1,
        },
      ],
    },
    ...(options.completeColour ? { fills: { "rating-complete": options.completeColour } } : {}),
  };
}

/** Title, file, report date and time generated; `titleRows` of them head every printed page. */
function titleBlock(
  out: Layout,
  summary: Summary,
  options: SummarySheetOptions
): { titleRows: number; next: number } {
  out.put(1, 1, { value: "RAG Summary", intent: "title" });
  let row = 2;
  if (options.file) out.put(row++, 1, { value: options.file, intent: "subtitle" });
  out.putFitted(row, 1, label("Report date"));
  out.putFitted(row++, 2, dateCell(summary.asOf));
  const titleRows = row - 1;
  out.putFitted(row, 1, label("Generated"));
  out.put(row++, 2, text(formatGeneratedAt(options.generatedAt)));
  return { titleRows, next: row + 1 };
}

/**
 * The count tables of the left-hand block from `start`: overall, by section, by owner, then the note that
 * points at the exceptions. Returns where the overall table and the exceptions start and the block's last row.
 */
function countsBlock(
  out: Layout,
  summary: Summary,
  completeLabel: string,
  start: number
): { overallTop: number; exceptionsTop: number; bottom: number } {
  let row = start;
  out.put(row++, 1, { value: "Ratings", intent: "subtitle" });
  const overallTop = row;
  out.tables.push({
    name: "RAG_Overall",
    top: row,
    left: 1,
    columns: ["Rating", "Actions", "Share"],
    rows: RATING_ORDER.map((r) => [
      ratingCell(r, completeLabel),
      int(summary.overall[r]),
      pct(summary.actions === 0 ? 0 : summary.overall[r] / summary.actions),
    ]),
  });
  row += RATING_ORDER.length + 2;

  const blocks: [string, string, string, readonly CountRow[]][] = [
    ["By section", "RAG_BySection", "Section", summary.bySection],
    ["By owner", "RAG_ByOwner", "Owner", summary.byOwner],
  ];
  for (const [title, name, first, rows] of blocks)
    row = countBlock(
      out.tables,
      out.put,
      row,
      title,
      name,
      countColumns(first, completeLabel),
      rows
    );
  if (summary.byOwner.length > 0) {
    // free text in the empty row under the table: it runs on over the cells beside it, unwrapped
    out.put(row - 1, 1, {
      value: "An action with several owners counts once for each of them.",
      intent: "note",
    });
    row++;
  }
  const where = `${columnLetter(EXCEPTIONS_LEFT)}${row + 1}`;
  out.put(row, 1, {
    value: `Exceptions and the colour legend: from cell ${where}, to the right.`,
    intent: "note",
  });
  return { overallTop, exceptionsTop: row + 1, bottom: row };
}

function overallChart(summary: Summary, top: number): SheetChart {
  return {
    kind: "bar",
    title: `Actions by rating at ${formatUkDate(summary.asOf)}`,
    table: "RAG_Overall",
    valueColumn: 1,
    top,
    left: CHART_COLUMN,
  };
}

/** The headline: words, then one figure per row. Returns the row after it. */
function headline(summary: Summary, putFitted: Put, put: Put, start: number): number {
  let row = start;
  const q = summary.quality;
  put(row++, 1, { value: "Headline", intent: "subtitle" });
  // two columns, words then one figure: a right-aligned number beside left-aligned words in the next
  // cell reads as one run ("100%26 of 26"), so what qualifies a figure goes in its label
  const of = `${summary.actions}`;
  const inTables = `${summary.tables} ${summary.tables === 1 ? "table" : "tables"}`;
  const lines: [string, SheetCell][] = [
    [`Actions (in ${inTables})`, int(summary.actions)],
    [`With an owner (${q.withOwner} of ${of})`, pct(q.shareWithOwner)],
    [`With a readable due date (${q.withDate} of ${of})`, pct(q.shareWithDate)],
    ["Errors", int(q.errors)],
    ["Warnings", int(q.warnings)],
    ["Exceptions: red, amber, not rated", int(summary.exceptions.length)],
  ];
  for (const [name, value] of lines) {
    putFitted(row, 1, label(name));
    putFitted(row++, 2, value);
  }
  return row;
}

function countBlock(
  tables: SheetTable[],
  put: Put,
  start: number,
  title: string,
  name: string,
  columns: readonly string[],
  rows: readonly CountRow[]
): number {
  let row = start;
  put(row++, 1, { value: title, intent: "subtitle" });
  if (rows.length === 0) {
    put(row++, 1, { value: "No actions.", intent: "note" });
    return row + 1;
  }
  tables.push({ name, top: row, left: 1, columns, rows: countRows(rows) });
  return row + rows.length + 2;
}
