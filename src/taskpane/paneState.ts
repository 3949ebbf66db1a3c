import { shorten } from "../core/messages/label";
import type {
  Action,
  CheckedTable,
  Config,
  Issue,
  IssueCode,
  Rating,
  Severity,
} from "../core/schema";
import { DEFAULT_CONFIG } from "../core/schema";
import type { WorkbookReport } from "../core/schema";

/** Long-running things the pane does; each has its own progress wording. */
export type PaneTask = "load" | "check" | "save-settings" | "summary" | "clear" | "export";

/** What the issue list shows. */
export interface IssueFilter {
  readonly severity: Severity | "all";
  readonly code: IssueCode | "all";
  /** The rating of the issue's action (chosen from the ratings beside the verdict). */
  readonly rating: Rating | "all";
  /** Words matched case-insensitively against message, fix, cell, sheet, action, owner, section, kind. */
  readonly text: string;
}

/** A mapping correction under way: the table's counts before it, to show the change's effect after. */
export interface MappingEffect {
  readonly tableKey: string;
  readonly before: TableCounts;
}

/** The pane's whole state; the reducer below is its only writer. */
export interface PaneState {
  readonly config: Config;
  /** Set when the saved settings were unreadable and defaults apply. */
  readonly settingsWarning: string | null;
  readonly report: WorkbookReport | null;
  /** The report date the current report was made for. */
  readonly asOf: string | null;
  readonly busy: PaneTask | null;
  /** True once work has run longer than the progress delay. */
  readonly showProgress: boolean;
  readonly error: string | null;
  /** A one-line success message (e.g. the summary sheet was written). */
  readonly notice: string | null;
  readonly filter: IssueFilter;
  /** The settings form's validation error; nothing was saved. */
  readonly settingsError: string | null;
  readonly mappingEffect: MappingEffect | null;
  /** Why the last check's highlights could not be written; the report above it is complete. */
  readonly highlightProblem: string | null;
  /** True after a live re-check (which writes nothing): the highlights are from the last full check. */
  readonly highlightsStale: boolean;
  /** Summary builds so far: each stores a new snapshot, which the compare section then reads again. */
  readonly summaryBuilds: number;
  /** Why the last summary build could not keep its snapshot for the next comparison; the summary stands. */
  readonly snapshotProblem: string | null;
}

export const INITIAL_FILTER: IssueFilter = {
  severity: "all",
  code: "all",
  rating: "all",
  text: "",
};

export const INITIAL_STATE: PaneState = {
  config: DEFAULT_CONFIG,
  settingsWarning: null,
  report: null,
  asOf: null,
  busy: null,
  showProgress: false,
  error: null,
  notice: null,
  filter: INITIAL_FILTER,
  settingsError: null,
  mappingEffect: null,
  highlightProblem: null,
  highlightsStale: false,
  summaryBuilds: 0,
  snapshotProblem: null,
};

export type PaneEvent =
  | { readonly type: "settings-loaded"; readonly config: Config; readonly warning: string | null }
  | { readonly type: "started"; readonly task: PaneTask }
  | { readonly type: "progress-due"; readonly task: PaneTask }
  | { readonly type: "finished" }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "checked"; readonly report: WorkbookReport; readonly asOf: string }
  | { readonly type: "config-saved"; readonly config: Config }
  | { readonly type: "settings-invalid"; readonly error: string }
  | { readonly type: "notice"; readonly message: string }
  | { readonly type: "highlights-cleared" }
  | { readonly type: "highlighted" }
  | { readonly type: "highlight-failed"; readonly message: string }
  | { readonly type: "rechecked"; readonly chosen: boolean }
  | { readonly type: "filter"; readonly filter: Partial<IssueFilter> }
  | { readonly type: "dismiss-error" }
  | { readonly type: "mapping-changing"; readonly effect: MappingEffect }
  | {
      readonly type: "summary-built";
      readonly sheetName: string;
      readonly snapshotProblem: string | null;
    }
  | { readonly type: "dismiss-snapshot-problem" };

/** The pane's state machine: pure, so every transition is unit-tested without React. */
export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "settings-loaded":
      return { ...state, config: event.config, settingsWarning: event.warning };
    case "started":
      return { ...state, busy: event.task, showProgress: false, error: null, notice: null };
    case "progress-due":
      // A late timer from finished work must not bring the spinner back.
      return state.busy === event.task ? { ...state, showProgress: true } : state;
    case "finished":
      return { ...state, busy: null, showProgress: false };
    case "failed":
      return { ...state, busy: null, showProgress: false, error: event.message };
    case "checked":
      return { ...state, report: event.report, asOf: event.asOf };
    case "config-saved":
      return { ...state, config: event.config, settingsError: null, settingsWarning: null };
    case "settings-invalid":
      return { ...state, settingsError: event.error };
    case "notice":
      return { ...state, notice: event.message };
    case "highlights-cleared":
      return {
        ...state,
        notice: "Highlights cleared: every cell has its own fill again.",
        highlightProblem: null,
        highlightsStale: false,
      };
    case "highlighted":
      return { ...state, highlightProblem: null, highlightsStale: false };
    case "highlight-failed":
      return { ...state, highlightProblem: event.message };
    case "rechecked":
      // chosen: the user asked to check without highlighting, which answers the highlight problem
      return {
        ...state,
        highlightsStale: true,
        highlightProblem: event.chosen ? null : state.highlightProblem,
      };
    case "filter":
      return { ...state, filter: { ...state.filter, ...event.filter } };
    case "dismiss-error":
      return { ...state, error: null };
    case "mapping-changing":
      return { ...state, mappingEffect: event.effect };
    case "summary-built":
      return {
        ...state,
        notice: `Summary written to the "${event.sheetName}" sheet.`,
        summaryBuilds: state.summaryBuilds + 1,
        snapshotProblem: event.snapshotProblem,
      };
    case "dismiss-snapshot-problem":
      return { ...state, snapshotProblem: null };
  }
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * A table's issues: its own (a missing column) and its actions', in sheet order as the CLI lists them
 * (by row, the most severe first within a row).
 */
export function tableIssues(table: CheckedTable): Issue[] {
  return [...table.issues, ...table.actions.flatMap((a) => a.issues)].sort(
    (a, b) => a.row - b.row || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
  );
}

/** Every issue in the report: workbook-level first, then each table's. */
export function allIssues(report: WorkbookReport): Issue[] {
  return [...report.issues, ...report.tables.flatMap(tableIssues)];
}

/** Issue counts by severity. */
export type SeverityCounts = Readonly<Record<Severity, number>>;

export function countBySeverity(issues: readonly Issue[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** "3 errors", "1 warning", "10,000 issues": a count (grouped as en-GB writes it) with its noun. */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString("en-GB")} ${noun}${n === 1 ? "" : "s"}`;
}

/** Section headings can be whole paragraphs; a heading in a 350 px pane shows their opening words. */
const TITLE_MAX = 70;

export function tableTitle(table: CheckedTable): string {
  return table.section
    ? `${shorten(table.section, TITLE_MAX)} (${table.sheet})`
    : `${table.sheet} ${table.range}`;
}

/** The full section heading when the title had to shorten it, else null (no need to say it twice). */
export function fullSectionIfShortened(table: CheckedTable): string | null {
  const section = table.section?.replace(/\s+/g, " ").trim() ?? "";
  return section.length > TITLE_MAX ? section.replace(/[.\s]+$/, "") : null;
}

/** The codes present in the report, for the filter's code list. */
export function codesIn(report: WorkbookReport): IssueCode[] {
  return [...new Set(allIssues(report).map((i) => i.code))].sort();
}

/** One action as the ratings list shows it, with the cell it links to. */
export interface RatedAction {
  readonly key: string;
  readonly sheet: string;
  readonly address: string;
  readonly action: Action;
}

/** Actions by rating, in the order a board reads them; empty ratings are kept so counts show zero. */
export function actionsByRating(
  report: WorkbookReport,
  order: readonly Rating[]
): ReadonlyArray<{ readonly rating: Rating; readonly actions: readonly RatedAction[] }> {
  const byRating = new Map<Rating, RatedAction[]>(order.map((r) => [r, []]));
  for (const table of report.tables) {
    const column = table.columns.action ?? table.range.replace(/\d.*$/, "");
    for (const action of table.actions) {
      byRating.get(action.rag)?.push({
        key: `${table.key}#${action.row}`,
        sheet: table.sheet,
        address: `${column}${action.row}`,
        action,
      });
    }
  }
  return order.map((rating) => ({ rating, actions: byRating.get(rating) ?? [] }));
}

/** A column-mapping correction: the table, the field, and the column letter (null: not in this table). */
export interface MappingChange {
  readonly tableKey: string;
  readonly field: keyof CheckedTable["columns"];
  readonly column: string | null;
}

/** The configuration with one mapping correction applied; other tables' corrections are kept. */
export function withMappingChange(config: Config, change: MappingChange): Config {
  // A partial record by intent: fields the user never corrected stay as detection maps them.
  const table = {
    ...(config.mappingOverrides[change.tableKey] ?? {}),
    [change.field]: change.column,
  } as Config["mappingOverrides"][string];
  return { ...config, mappingOverrides: { ...config.mappingOverrides, [change.tableKey]: table } };
}

/** The configuration without any correction for one table (back to what detection finds). */
export function withoutMappingOverrides(config: Config, tableKey: string): Config {
  const { [tableKey]: _dropped, ...rest } = config.mappingOverrides;
  return { ...config, mappingOverrides: rest };
}

/** A table's counts before a mapping correction, so its card can show what the change did. */
export interface TableCounts {
  readonly actions: number;
  readonly issues: SeverityCounts;
  readonly red: number;
}
