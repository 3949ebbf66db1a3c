import { formatUkDate } from "../calendar/iso";
import { dateCell, formatGeneratedAt, int, label, pct, ratingCell, text } from "./cells";
import { RATING_ORDER, ratingLabel } from "./labels";
import type { SheetCell, SheetModel, SheetPrint } from "./sheetModel";
import type { Summary } from "./summary";

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

function header(title: string, options: RollupOptions, plans: number): Placed[] {
  return [
    { row: 1, col: 1, cell: { value: title, intent: "title" } },
    { row: 2, col: 1, cell: label("Report date") },
    { row: 2, col: 2, cell: dateCell(options.asOf) },
    { row: 3, col: 1, cell: label("Generated") },
    { row: 3, col: 2, cell: text(formatGeneratedAt(options.generatedAt)) },
    { row: 4, col: 1, cell: label("Plans") },
    { row: 4, col: 2, cell: int(plans) },
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

  const cells = header("Action plan roll-up", options, plans.length);
  const overview: SheetModel = {
    name: "Roll-up",
    columnWidths: [40, 11, 11, 9, 11, 9, 9, 9, 11, 9, 10, 15, 16, 50],
    cells,
    tables:
      planRows.length === 0
        ? []
        : [
            {
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
            },
          ],
    charts: [],
    wrapColumns: [1, 14],
    print: boardPrint(6),
    ...fills,
  };

  const exceptionRows: SheetCell[][] = plans.flatMap((p) =>
    (p.summary?.exceptions ?? []).map((e) => [
      text(p.file),
      ratingCell(e.rag, completeLabel),
      text(e.sheet),
      int(e.row),
      text(e.ref),
      dateCell(e.due),
      text(e.owner),
      text(e.action),
      text(e.reason),
    ])
  );
  const total = exceptionRows.length;
  const exceptions: SheetModel = {
    name: "Roll-up exceptions",
    columnWidths: [36, 11, 16, 7, 8, 12, 30, 50, 80],
    cells: [
      { row: 1, col: 1, cell: { value: "Exceptions across plans", intent: "title" } },
      {
        row: 2,
        col: 1,
        cell: {
          value: `${total} red, amber and not-rated actions at ${formatUkDate(options.asOf)}, worst first in each plan.`,
          intent: "note",
        },
      },
    ],
    tables:
      total === 0
        ? []
        : [
            {
              name: "Rollup_Exceptions",
              top: 4,
              left: 1,
              columns: [
                "File",
                "Rating",
                "Sheet",
                "Row",
                "Ref",
                "Due",
                "Owner",
                "Action",
                "Reason",
              ],
              rows: exceptionRows,
            },
          ],
    charts: [],
    wrapColumns: [1, 7, 8, 9],
    print: boardPrint(4),
    ...fills,
  };
  return [overview, exceptions];
}
