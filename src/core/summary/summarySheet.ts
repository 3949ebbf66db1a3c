import { sinceLastBlock, sinceLastList, type SinceLast } from "./sinceLastBlock";
import type { Rating } from "../schema/action";
import { formatUkDate } from "../calendar/iso";
import { columnLetter } from "../grid/a1";
import { dateCell, formatGeneratedAt, int, label, pct, ratingCell, text } from "./cells";
import { EXCEPTION_FITS, exceptionsBlock, LABEL_MAX } from "./exceptionsBlock";
import { RATING_ORDER, ratingLabel } from "./labels";
import type { SheetCell, SheetModel, SheetTable } from "./sheetModel";
import { shortText, type CountRow, type Summary } from "./summary";
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
    text(shortText(r.label, LABEL_MAX)),
    ...RATING_ORDER.map((rating: Rating) => int(r.counts[rating])),
    int(r.counts.total),
  ]);
}

/**
 * The "RAG Summary" sheet: title, report date, time generated, headline figures, counts overall, by
 * section and by owner, and the exceptions (each linked to its row) — every block an Excel table, ratings
 * in words with a colour intent, and a bar chart of the overall counts.
 */
export function summarySheetModel(summary: Summary, options: SummarySheetOptions): SheetModel {
  const completeLabel = options.completeLabel ?? "Complete";
  const cells: Placed[] = [];
  const tables: SheetTable[] = [];
  const put = (row: number, col: number, cell: SheetCell) => cells.push({ row, col, cell });
  /** Free cells whose text must fit their column (a label beside its figure, the figures). */
  const fitted: Placed[] = [];
  const putFitted = (row: number, col: number, cell: SheetCell) => {
    put(row, col, cell);
    fitted.push({ row, col, cell });
  };

  put(1, 1, { value: "RAG Summary", intent: "title" });
  let row = 2;
  if (options.file) put(row++, 1, { value: options.file, intent: "subtitle" });
  putFitted(row, 1, label("Report date"));
  putFitted(row++, 2, dateCell(summary.asOf));
  // the title, file and report date head every printed page
  const titleRows = row - 1;
  putFitted(row, 1, label("Generated"));
  put(row++, 2, text(formatGeneratedAt(options.generatedAt)));
  row++;

  row = headline(summary, putFitted, put, row) + 1;

  // the right-hand block's top is known only below the count tables: the counts' note names it then
  const sinceNote = options.sinceLast ? cells.length : -1;
  if (options.sinceLast) row = sinceLastBlock(put, tables, row, options.sinceLast, "");

  put(row++, 1, { value: "Ratings", intent: "subtitle" });
  const overallTop = row;
  tables.push({
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
    row = countBlock(tables, put, row, title, name, countColumns(first, completeLabel), rows);
  if (summary.byOwner.length > 0) {
    // free text in the empty row under the table: it runs on over the cells beside it, unwrapped
    put(row - 1, 1, {
      value: "An action with several owners counts once for each of them.",
      intent: "note",
    });
    row++;
  }
  const exceptionsTop = row + 1;
  const where = `${columnLetter(EXCEPTIONS_LEFT)}${exceptionsTop}`;
  put(row, 1, {
    value: `Exceptions and the colour legend: from cell ${where}, to the right.`,
    intent: "note",
  });
  const summaryBottom = row;

  const ex = exceptionsBlock(summary, completeLabel, put, exceptionsTop, EXCEPTIONS_LEFT);
  if (ex.table) tables.push(ex.table);
  const changes = options.sinceLast
    ? sinceLastList(put, ex.bottom + 3, EXCEPTIONS_LEFT, options.sinceLast, completeLabel)
    : null;
  if (changes) {
    tables.push(changes.table);
    nameChangesCell(cells, sinceNote, `${columnLetter(EXCEPTIONS_LEFT)}${ex.bottom + 3}`);
  }
  const rightBottom = changes ? changes.bottom : ex.bottom;
  const rightWidths = fitWidths(
    EXCEPTIONS_LEFT,
    EXCEPTION_FITS,
    tables.filter((t) => t.left === EXCEPTIONS_LEFT),
    []
  );
  const countTables = tables.filter((t) => t.left === 1);

  return {
    name: SUMMARY_SHEET_NAME,
    columnWidths: [
      ...fitWidths(1, SUMMARY_FITS, countTables, fitted),
      GUTTER_WIDTH,
      ...rightWidths,
    ],
    cells,
    tables,
    charts: [
      {
        kind: "bar",
        title: `Actions by rating at ${formatUkDate(summary.asOf)}`,
        table: "RAG_Overall",
        valueColumn: 1,
        top: overallTop,
        left: CHART_COLUMN,
      },
    ],
    wrapColumns: [1, ...ex.wrap],
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 1, last: titleRows },
      pageNumbers: true,
      areas: [
        { top: 1, left: 1, bottom: summaryBottom, right: SUMMARY_COLUMNS },
        {
          top: exceptionsTop,
          left: EXCEPTIONS_LEFT,
          bottom: rightBottom,
          right: EXCEPTIONS_LEFT + rightWidths.length - 1,
        },
      ],
    },
    ...(options.completeColour ? { fills: { "rating-complete": options.completeColour } } : {}),
  };
}

type Put = (row: number, col: number, cell: SheetCell) => void;

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

/** Points the counts' note at the list, once the list's place under the exceptions is known. */
function nameChangesCell(cells: Placed[], from: number, where: string): void {
  for (let i = Math.max(from, 0); i < cells.length; i++) {
    const c = cells[i];
    if (
      c &&
      typeof c.cell.value === "string" &&
      c.cell.value.startsWith("The actions that moved: from cell")
    ) {
      cells[i] = {
        ...c,
        cell: {
          ...c.cell,
          value: `The actions that moved: from cell ${where}, under the exceptions.`,
        },
      };
      return;
    }
  }
}
