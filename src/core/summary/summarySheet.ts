import { legendBlock } from "./legendBlock";
import type { Rating } from "../schema/action";
import { formatUkDate } from "../calendar/iso";
import { dateCell, formatGeneratedAt, int, label, pct, ratingCell, text } from "./cells";
import { RATING_ORDER, ratingLabel } from "./labels";
import type { SheetCell, SheetModel, SheetTable } from "./sheetModel";
import { shortText, type CountRow, type Summary } from "./summary";

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
}

type Placed = { row: number; col: number; cell: SheetCell };

/**
 * Column widths shared by every block of the sheet. The exceptions table sets them (section, ref, action,
 * owner, due, rating, reason, latest update, link); the count tables sit in the first seven.
 */
const WIDTHS = [34, 10, 34, 22, 11, 11, 36, 40, 14];
const CHART_COLUMN = 5;
/** Text columns that wrap: section, action, owner, reason, latest update. */
const WRAP = [1, 3, 4, 7, 8];

function countColumns(first: string, completeLabel: string): string[] {
  return [first, ...RATING_ORDER.map((r) => ratingLabel(r, completeLabel)), "Total"];
}

/** Section headings can be whole paragraphs; the table shows their opening words. */
const LABEL_MAX = 90;
/** A progress cell can run to pages; the board paper shows its opening. */
const UPDATE_MAX = 200;

function shortLabel(label: string): string {
  return shortText(label, LABEL_MAX);
}

function countRows(rows: readonly CountRow[]): SheetCell[][] {
  return rows.map((r) => [
    text(shortLabel(r.label)),
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

  put(1, 1, { value: "RAG Summary", intent: "title" });
  let row = 2;
  if (options.file) put(row++, 1, { value: options.file, intent: "subtitle" });
  put(row, 1, label("Report date"));
  put(row++, 2, dateCell(summary.asOf));
  // the title, file and report date head every printed page
  const titleRows = row - 1;
  put(row, 1, label("Generated"));
  put(row++, 2, text(formatGeneratedAt(options.generatedAt)));
  row++;

  const q = summary.quality;
  put(row++, 1, { value: "Headline", intent: "subtitle" });
  // two columns, words then one figure: a right-aligned number beside left-aligned words in the next
  // cell reads as one run ("100%26 of 26"), so what qualifies a figure goes in its label
  const of = `${summary.actions}`;
  const inTables = `${summary.tables} ${summary.tables === 1 ? "table" : "tables"}`;
  const headline: [string, SheetCell][] = [
    [`Actions (in ${inTables})`, int(summary.actions)],
    [`With an owner (${q.withOwner} of ${of})`, pct(q.shareWithOwner)],
    [`With a readable due date (${q.withDate} of ${of})`, pct(q.shareWithDate)],
    ["Errors", int(q.errors)],
    ["Warnings", int(q.warnings)],
    ["Exceptions (red, amber, not rated: listed below)", int(summary.exceptions.length)],
  ];
  for (const [name, value] of headline) {
    put(row, 1, label(name));
    put(row++, 2, value);
  }
  row++;

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

  row = countBlock(
    tables,
    put,
    row,
    "By section",
    "RAG_BySection",
    "Section",
    summary.bySection,
    completeLabel
  );
  row = countBlock(
    tables,
    put,
    row,
    "By owner",
    "RAG_ByOwner",
    "Owner",
    summary.byOwner,
    completeLabel
  );
  if (summary.byOwner.length > 0) {
    put(row - 1, 1, {
      value: "An action with several owners counts once for each of them.",
      intent: "note",
    });
    row++;
  }

  row = legendBlock(put, row);

  put(row++, 1, { value: "Exceptions: red, amber and not rated", intent: "subtitle" });
  if (summary.exceptions.length === 0) {
    put(row++, 1, { value: "No red, amber or not-rated actions.", intent: "note" });
  } else {
    put(row++, 1, {
      value: `${summary.exceptions.length} actions. The Link column goes to each row in the plan.`,
      intent: "note",
    });
    tables.push({
      name: "RAG_Exceptions",
      top: row,
      left: 1,
      columns: [
        "Section",
        "Ref",
        "Action",
        "Owner",
        "Due",
        "Rating",
        "Reason",
        "Latest update",
        "Link",
      ],
      rows: exceptionRows(summary, completeLabel),
    });
  }

  return {
    name: SUMMARY_SHEET_NAME,
    columnWidths: WIDTHS,
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
    wrapColumns: WRAP,
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 1, last: titleRows },
      pageNumbers: true,
    },
    ...(options.completeColour ? { fills: { "rating-complete": options.completeColour } } : {}),
  };
}

function countBlock(
  tables: SheetTable[],
  put: (row: number, col: number, cell: SheetCell) => void,
  start: number,
  title: string,
  name: string,
  first: string,
  rows: readonly CountRow[],
  completeLabel: string
): number {
  let row = start;
  put(row++, 1, { value: title, intent: "subtitle" });
  if (rows.length === 0) {
    put(row++, 1, { value: "No actions.", intent: "note" });
    return row + 1;
  }
  tables.push({
    name,
    top: row,
    left: 1,
    columns: countColumns(first, completeLabel),
    rows: countRows(rows),
  });
  return row + rows.length + 2;
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
  return summary.exceptions.map((e) => [
    texts.get(e.section === null ? e.sheet : shortLabel(e.section)),
    // refs are nearly all distinct: a cell each, without a map of them (shared only when blank)
    e.ref === null ? texts.get(null) : text(e.ref),
    text(e.action || `Row ${e.row}`),
    texts.get(e.owner),
    dates.get(e.due),
    ratings.get(e.rag),
    texts.get(e.reason),
    e.update === null ? texts.get(null) : text(shortText(e.update, UPDATE_MAX)),
    { value: `${e.sheet} row ${e.row}`, link: { sheet: e.sheet, address: e.address } },
  ]);
}
