import { z } from "zod";
import { columnIndex, rangeA1 } from "../grid/a1";
import { RATING_COLOURS } from "../palette";
import { statusMeaning, type StatusMeaning } from "../rag/statusWords";
import type { WorkbookReport } from "../schema/report";
import { STANDARD_STATUS_WORDS, type TidyTable } from "./plan";

/**
 * What a host writes for "Tidy this plan", resolved from the tidy plan: cells, list text, rule formulas
 * and colours (the ratings' own, from the palette, so a coloured status matches the highlights and the
 * summary). A status column is only in it when the user said yes to that table's offer.
 */
export interface TidyColourRule {
  readonly text: string;
  readonly meaning: StatusMeaning;
  /** A cell-value "equal to" formula: Excel compares text ignoring case, so "complete" matches too. */
  readonly formula1: string;
  /** "#RRGGBB". */
  readonly fill: string;
  readonly ink: string;
}

export interface TidyTableWrite {
  readonly sheet: string;
  readonly tableKey: string;
  readonly status: {
    readonly range: string;
    /** The dropdown's entries, comma-separated, as a list validation's source. */
    readonly listSource: string;
    readonly rules: readonly TidyColourRule[];
  } | null;
  readonly due: {
    readonly range: string;
    readonly prompt: { readonly title: string; readonly text: string };
  } | null;
  /** The header the user agreed to add beside the table (the only value tidy ever writes). */
  readonly addColumn: { readonly cell: string; readonly header: string } | null;
}

/** The ratings a status word can colour a cell with (not-started and in-progress words get no colour). */
function colours(meaning: StatusMeaning): { fill: string; ink: string } | null {
  if (meaning === "complete" || meaning === "red" || meaning === "amber" || meaning === "green") {
    const c = RATING_COLOURS[meaning];
    return { fill: `#${c.fill}`, ink: `#${c.ink}` };
  }
  return null;
}

/** `="Off track"`: the text as an Excel string constant. */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

function rulesFor(rules: TidyTable["statusRules"]): TidyColourRule[] {
  return rules.flatMap((r) => {
    const c = colours(r.meaning);
    return c ? [{ text: r.text, meaning: r.meaning, formula1: textFormula(r.text), ...c }] : [];
  });
}

/** The rows a table's actions span, as plan.ts takes them. */
function actionRows(
  report: WorkbookReport,
  t: TidyTable
): { header: number; first: number; last: number } | null {
  const table = report.tables.find((x) => x.key === t.tableKey && x.sheet === t.sheet);
  if (!table) return null;
  const rows = table.actions.map((a) => a.row);
  const first = rows.length ? Math.min(...rows) : table.headerRow + 1;
  const last = rows.length ? Math.max(...table.actions.flatMap((a) => a.rows)) : first;
  return { header: table.headerRow, first, last };
}

/**
 * The writes for each table. `addStatusColumn` holds the table keys whose status-column offer the user
 * accepted: that table gets the header, and the dropdown and colour rules of the standard words on it.
 */
export function tidyWrites(
  tables: readonly TidyTable[],
  report: WorkbookReport,
  addStatusColumn: ReadonlySet<string> = new Set()
): TidyTableWrite[] {
  return tables.map((t) => {
    const offer = t.offerStatusColumn;
    const rows = offer && addStatusColumn.has(t.tableKey) ? actionRows(report, t) : null;
    const col = offer && rows ? columnIndex(offer.column) : null;
    const statusRange =
      t.statusRange ?? (col !== null && rows ? rangeA1(rows.first, col, rows.last, col) : null);
    const list = t.statusList?.words ?? (statusRange ? STANDARD_WORDS_FOR_NEW : null);
    return {
      sheet: t.sheet,
      tableKey: t.tableKey,
      status:
        statusRange && list
          ? {
              range: statusRange,
              listSource: list.join(","),
              rules: rulesFor(t.statusList ? t.statusRules : STANDARD_RULES_FOR_NEW),
            }
          : null,
      due: t.dueRange && t.duePrompt ? { range: t.dueRange, prompt: t.duePrompt } : null,
      addColumn:
        offer && rows && col !== null
          ? {
              cell: rangeA1(rows.header, col, rows.header, col).split(":")[0]!,
              header: offer.header,
            }
          : null,
    };
  });
}

/** A new status column gets the words councils use most, with their colours. */
const STANDARD_WORDS_FOR_NEW = STANDARD_STATUS_WORDS;
const STANDARD_RULES_FOR_NEW: TidyTable["statusRules"] = STANDARD_STATUS_WORDS.flatMap((text) => {
  const meaning = statusMeaning(text);
  return meaning ? [{ text, meaning }] : [];
});

/**
 * What the tool added, stored in the workbook so "Remove tidy rules" takes exactly those away (and
 * nothing a user added by hand). Validated when read back: a damaged record removes nothing.
 */
export const TidyRecordSchema = z.object({
  version: z.literal(1),
  tables: z.array(
    z.object({
      sheet: z.string(),
      tableKey: z.string(),
      list: z.object({ range: z.string(), source: z.string() }).optional(),
      rules: z.array(z.object({ range: z.string(), formula1: z.string(), fill: z.string() })),
      due: z.object({ range: z.string(), title: z.string() }).optional(),
      header: z.object({ cell: z.string(), text: z.string() }).optional(),
    })
  ),
});
export type TidyRecord = z.infer<typeof TidyRecordSchema>;

/** What an apply did: per table, what was added and what was left alone (and why). */
export interface TidyOutcome {
  readonly added: {
    readonly lists: number;
    readonly rules: number;
    readonly prompts: number;
    readonly columns: number;
  };
  /** Parts left as they were: a validation the user already had, or the tool's own from a previous run. */
  readonly skipped: ReadonlyArray<{
    readonly sheet: string;
    readonly range: string;
    readonly part: "list" | "rules" | "prompt" | "column";
    readonly reason: "has-validation" | "already-added" | "not-empty";
  }>;
}

export function parseTidyRecord(raw: unknown): TidyRecord | null {
  const r = TidyRecordSchema.safeParse(raw);
  return r.success ? r.data : null;
}
