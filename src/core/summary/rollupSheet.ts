import { formatUkDate } from "../calendar/iso";
import { dateCell, formatGeneratedAt, int, label, pct, ratingCell, text } from "./cells";
import { RATING_ORDER, ratingLabel } from "./labels";
import type { SheetCell, SheetModel, SheetPrint } from "./sheetModel";
import type { Summary } from "./summary";
import { fitWidths, type ColumnFit } from "./widths";

/** One checked plan for the roll-up; `summary` is null when the file could not be read. */
export interface RollupPlan {
  readonly file: string;
  readonly summary: Summary | null;
  /** Why the file could not be checked, if it could not. */
  readonly error?: string;
}

export interface RollupOptions {
  readonly asOf: string;
  readonly generatedAt: string;
  readonly completeLabel?: string;
  readonly completeColour?: string;
}

/** The combined exceptions' columns: long text wraps within the cap. */
const EXCEPTION_FITS: readonly ColumnFit[] = [
  { min: 12, max: 36 }, // file
  { min: 8, max: 16 }, // sheet
  { min: 6, max: 10 }, // ref
  { min: 12, max: 13 }, // report date
  { min: 6, max: 8 }, // row
  { min: 12, max: 12 }, // due
  { min: 11, max: 13 }, // rating
  { min: 12, max: 24 }, // owner
  { min: 16, max: 40 }, // action
  { min: 16, max: 44 }, // reason
];

/** Roll-up sheets print like the summary: landscape, one page wide, the heading on every page. */
function boardPrint(headerRow: number): SheetPrint {
  return {
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: 1, last: headerRow },
    pageNumbers: true,
  };
}

type Placed = { row: number; col: number; cell: SheetCell };

/** The distinct report dates of the plans that were checked, earliest first; the roll-up's own when none were. */
function reportDates(plans: readonly RollupPlan[], asOf: string): string[] {
  const dates = [...new Set(plans.flatMap((p) => (p.summary ? [p.summary.asOf] : [])))].sort();
  return dates.length > 0 ? dates : [asOf];
}

/**
 * "at 31/01/2014" when every plan was checked at one date; otherwise the span, since each plan's reasons
 * are computed at its own report date and one date above them all would misstate some of them.
 */
function atDates(dates: readonly string[]): string {
  if (dates.length === 1) return `at ${formatUkDate(dates[0]!)}`;
  return `at each plan's own report date (${formatUkDate(dates[0]!)} to ${formatUkDate(dates.at(-1)!)})`;
}

function header(title: string, options: RollupOptions, plans: readonly RollupPlan[]): Placed[] {
  const dates = reportDates(plans, options.asOf);
  const dateCells: Placed[] =
    dates.length === 1
      ? [
          { row: 2, col: 1, cell: label("Report date") },
          { row: 2, col: 2, cell: dateCell(dates[0]!) },
        ]
      : [
          { row: 2, col: 1, cell: label("Report dates") },
          {
            row: 2,
            col: 2,
            cell: text(
              `Each plan's own: ${formatUkDate(dates[0]!)} to ${formatUkDate(dates.at(-1)!)}, in the Report date column`
            ),
          },
        ];
  return [
    { row: 1, col: 1, cell: { value: title, intent: "title" } },
    ...dateCells,
    { row: 3, col: 1, cell: label("Generated") },
    { row: 3, col: 2, cell: text(formatGeneratedAt(options.generatedAt)) },
    { row: 4, col: 1, cell: label("Plans") },
    { row: 4, col: 2, cell: int(plans.length) },
  ];
}

/**
 * The roll-up workbook's sheets: "Roll-up" (a row per plan: tables, actions, counts by rating, errors,
 * share with owner and with a date) and "Roll-up exceptions" (every plan's red, amber and not-rated
 * actions, with the file they come from). Two sheets so each keeps columns that fit its content.
 */
export function rollupSheetModels(
  plans: readonly RollupPlan[],
  options: RollupOptions
): SheetModel[] {
  const completeLabel = options.completeLabel ?? "Complete";
  const fills = options.completeColour
    ? { fills: { "rating-complete": options.completeColour } }
    : {};
  const planRows: SheetCell[][] = plans.map((p) => {
    const s = p.summary;
    if (!s) {
      return [
        text(p.file),
        ...Array.from({ length: 12 }, () => text(null)),
        text(p.error ?? "Not checked"),
      ];
    }
    return [
      text(p.file),
      // each plan's own report date: a roll-up of plans checked at different dates says so
      dateCell(s.asOf),
      int(s.tables),
      int(s.actions),
      ...RATING_ORDER.map((r) => int(s.overall[r])),
      int(s.quality.errors),
      int(s.quality.warnings),
      pct(s.quality.shareWithOwner),
      pct(s.quality.shareWithDate),
      text(p.error ?? null),
    ];
  });

  const cells = header("Action plan roll-up", options, plans);
  const plansTable = {
    name: "Rollup_Plans",
    top: 6,
    left: 1,
    columns: [
      "File",
      "Report date",
      "Tables",
      "Actions",
      ...RATING_ORDER.map((r) => ratingLabel(r, completeLabel)),
      "Errors",
      "Warnings",
      "With an owner",
      "With a due date",
      "Problem",
    ],
    rows: planRows,
  };
  const numberFit: ColumnFit = { min: 7, max: 18 };
  const overview: SheetModel = {
    name: "Roll-up",
    // widths from the content: a file name column, a dozen narrow figures, then the problem, wrapped
    columnWidths: fitWidths(
      1,
      [{ min: 14, max: 40 }, ...Array.from({ length: 12 }, () => numberFit), { min: 10, max: 50 }],
      [plansTable],
      cells.filter((c) => c.col === 1)
    ),
    cells,
    tables: planRows.length === 0 ? [] : [plansTable],
    charts: [],
    wrapColumns: [1, 14],
    print: boardPrint(6),
    ...fills,
  };

  return [overview, exceptionsSheet(plans, options, completeLabel, fills)];
}

/** "Roll-up exceptions": every plan's red, amber and not-rated actions, with the file and date they come from. */
function exceptionsSheet(
  plans: readonly RollupPlan[],
  options: RollupOptions,
  completeLabel: string,
  fills: Pick<SheetModel, "fills">
): SheetModel {
  // no right-aligned number or date has left-aligned text just after it (they would read as one run),
  // except before the rating, whose fill parts them
  const exceptionRows: SheetCell[][] = plans.flatMap((p) =>
    (p.summary?.exceptions ?? []).map((e) => [
      text(p.file),
      text(e.sheet),
      text(e.ref),
      dateCell(p.summary?.asOf ?? null),
      int(e.row),
      dateCell(e.due),
      ratingCell(e.rag, completeLabel),
      text(e.owner),
      text(e.action),
      text(e.reason),
    ])
  );
  const total = exceptionRows.length;
  const exceptionsTable = {
    name: "Rollup_Exceptions",
    top: 4,
    left: 1,
    columns: [
      "File",
      "Sheet",
      "Ref",
      "Report date",
      "Row",
      "Due",
      "Rating",
      "Owner",
      "Action",
      "Reason",
    ],
    rows: exceptionRows,
  };
  const exceptions: SheetModel = {
    name: "Roll-up exceptions",
    columnWidths: fitWidths(1, EXCEPTION_FITS, [exceptionsTable], []),
    cells: [
      { row: 1, col: 1, cell: { value: "Exceptions across plans", intent: "title" } },
      {
        row: 2,
        col: 1,
        cell: {
          value: `${total} red, amber and not-rated actions ${atDates(reportDates(plans, options.asOf))}, worst first in each plan.`,
          intent: "note",
        },
      },
    ],
    tables: total === 0 ? [] : [exceptionsTable],
    charts: [],
    wrapColumns: [1, 2, 3, 8, 9, 10],
    print: boardPrint(4),
    ...fills,
  };
  return exceptions;
}
