import { columnIndex, columnLetter, rangeA1 } from "../grid/a1";
import { textAt } from "../grid/sheet";
import type { SheetGrid, WorkbookGrid } from "../grid/types";
import { statusMeaning, type StatusMeaning } from "../rag/statusWords";
import type { CheckedTable, WorkbookReport } from "../schema/report";
import { collapseSpace } from "../text/normalise";

/**
 * What "Tidy this plan" adds so that the plan keeps itself in shape: a dropdown of the plan's own status
 * words, colour rules that colour a status cell from its word, and a date prompt on the due column. Data
 * only: the Office adapter and the package patcher carry it out, and none of it changes a value.
 */
export interface StatusRule {
  /** The word as the plan writes it; the rule matches the cell's whole text, ignoring case. */
  readonly text: string;
  readonly meaning: StatusMeaning;
}

export interface TidyTable {
  readonly sheet: string;
  readonly tableKey: string;
  /** The status cells of the action rows ("E6:E31"). */
  readonly statusRange: string | null;
  /** Dropdown entries in the plan's order; `source` says whether they came from the plan itself. */
  readonly statusList: {
    readonly words: readonly string[];
    readonly source: "plan" | "standard";
  } | null;
  readonly statusRules: readonly StatusRule[];
  /** The due cells, with the input message shown when one is selected. */
  readonly dueRange: string | null;
  readonly duePrompt: { readonly title: string; readonly text: string } | null;
  /** Where a status column could go when the table has none: offered, added only with consent. */
  readonly offerStatusColumn: { readonly column: string; readonly header: string } | null;
}

/** Used when a plan has no status words of its own: the words councils' trackers use most. */
export const STANDARD_STATUS_WORDS: readonly string[] = [
  "Not started",
  "On track",
  "At risk",
  "Off track",
  "Complete",
];

/** Excel's list validation takes at most 255 characters of comma-separated entries. */
const LIST_LIMIT = 255;

/** Short status words (a word or two), not commentary: those are what a dropdown holds. */
function isStatusWord(text: string): boolean {
  return (
    text.length > 0 && text.length <= 30 && !text.includes(",") && statusMeaning(text) !== null
  );
}

function planWords(sheet: SheetGrid, rows: readonly number[], col: number): string[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const text = collapseSpace(textAt(sheet, r, col));
    if (isStatusWord(text) && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  const words = [...seen.values()];
  // keep within Excel's list limit, dropping the rarest (latest-seen) words first
  while (words.length > 0 && words.join(",").length > LIST_LIMIT) words.pop();
  return words;
}

function rulesFor(words: readonly string[]): StatusRule[] {
  return words.flatMap((text) => {
    const meaning = statusMeaning(text);
    return meaning === null || meaning === "in-progress" || meaning === "not-started"
      ? []
      : [{ text, meaning }];
  });
}

/** A column is free for a new status column only where nothing is written beside the table. */
function columnIsEmpty(sheet: SheetGrid, col: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (textAt(sheet, r, col).trim() !== "") return false;
  return true;
}

function tidyTable(table: CheckedTable, sheet: SheetGrid): TidyTable {
  const rows = table.actions.map((a) => a.row);
  const first = rows.length ? Math.min(...rows) : table.headerRow + 1;
  const last = rows.length ? Math.max(...table.actions.flatMap((a) => a.rows)) : first;
  const rangeOf = (letter: string | undefined) =>
    letter === undefined ? null : rangeA1(first, columnIndex(letter), last, columnIndex(letter));
  const statusLetter = table.statusIsProgress ? table.columns.status : undefined;
  const own = statusLetter ? planWords(sheet, rows, columnIndex(statusLetter)) : [];
  const words = own.length >= 2 ? own : [...STANDARD_STATUS_WORDS];
  const lastCol = Math.max(...Object.keys(table.headers).map(columnIndex));
  return {
    sheet: table.sheet,
    tableKey: table.key,
    statusRange: rangeOf(statusLetter),
    statusList: statusLetter ? { words, source: own.length >= 2 ? "plan" : "standard" } : null,
    statusRules: statusLetter ? rulesFor(words) : [],
    dueRange: rangeOf(table.columns.due),
    duePrompt: table.columns.due
      ? {
          title: "Due date",
          text: "A date (dd/mm/yyyy), a month or a term with its year, e.g. 31/03/2025, March 2025, Spring term 2025.",
        }
      : null,
    offerStatusColumn:
      statusLetter || !columnIsEmpty(sheet, lastCol + 1, table.headerRow, last)
        ? null
        : { column: columnLetter(lastCol + 1), header: "RAG status" },
  };
}

/** The tidy plan for every table of a checked workbook. */
export function planTidy(report: WorkbookReport, grid: WorkbookGrid): TidyTable[] {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  return report.tables.flatMap((t) => {
    const sheet = sheets.get(t.sheet);
    return sheet ? [tidyTable(t, sheet)] : [];
  });
}
