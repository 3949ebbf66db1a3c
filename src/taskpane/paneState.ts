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
export type PaneTask = "load" | "check" | "save-settings" | "summary" | "clear";

/** What the issue list shows. */
export interface IssueFilter {
  readonly severity: Severity | "all";
  readonly code: IssueCode | "all";
  /** Matched case-insensitively against message, fix, cell and sheet. */
  readonly text: string;
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
  /** Why the last check's highlights could not be written; the report above it is complete. */
  readonly highlightProblem: string | null;
  /** True after a live re-check (which writes nothing): the highlights are from the last full check. */
  readonly highlightsStale: boolean;
}

export const INITIAL_FILTER: IssueFilter = { severity: "all", code: "all", text: "" };

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
  highlightProblem: null,
  highlightsStale: false,
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
  | { readonly type: "dismiss-error" };

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

/** The verdict at the top of the pane. */
export type Verdict =
  | { readonly kind: "ready"; readonly counts: SeverityCounts }
  | { readonly kind: "errors"; readonly counts: SeverityCounts }
  | { readonly kind: "no-tables"; readonly error: string | null };

export function verdictOf(report: WorkbookReport): Verdict {
  if (report.tables.length === 0) return { kind: "no-tables", error: report.error ?? null };
  const counts = countBySeverity(allIssues(report));
  return { kind: counts.error === 0 ? "ready" : "errors", counts };
}

/** "3 errors", "1 warning": a count with its noun. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The verdict as one sentence, as the heading shows it. */
export function verdictText(verdict: Verdict): string {
  switch (verdict.kind) {
    case "no-tables":
      return "No action plan table found";
    case "ready":
      return "Ready to submit";
    case "errors":
      return `${plural(verdict.counts.error, "error")} and ${plural(verdict.counts.warning, "warning")} left`;
  }
}

export function matchesFilter(issue: Issue, filter: IssueFilter): boolean {
  if (filter.severity !== "all" && issue.severity !== filter.severity) return false;
  if (filter.code !== "all" && issue.code !== filter.code) return false;
  const needle = filter.text.trim().toLowerCase();
  if (!needle) return true;
  return [issue.message, issue.fix, issue.cell, issue.sheet, `${issue.sheet}!${issue.cell}`].some(
    (s) => s.toLowerCase().includes(needle)
  );
}

/** Issues grouped for the list: one group per table (and one for the workbook when it has issues). */
export interface IssueGroup {
  readonly key: string;
  readonly title: string;
  /** Counts over the whole group, before filtering, so the user sees what the filter hides. */
  readonly counts: SeverityCounts;
  readonly issues: readonly Issue[];
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

export function issueGroups(report: WorkbookReport, filter: IssueFilter): IssueGroup[] {
  const groups: IssueGroup[] = [];
  if (report.issues.length > 0) {
    groups.push({
      key: "workbook",
      title: "Workbook",
      counts: countBySeverity(report.issues),
      issues: report.issues.filter((i) => matchesFilter(i, filter)),
    });
  }
  for (const table of report.tables) {
    const issues = tableIssues(table);
    if (issues.length === 0) continue;
    groups.push({
      key: table.key,
      title: tableTitle(table),
      counts: countBySeverity(issues),
      issues: issues.filter((i) => matchesFilter(i, filter)),
    });
  }
  return groups;
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
