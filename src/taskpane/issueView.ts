import type { Action, CheckedTable, Issue, Rating, Severity, WorkbookReport } from "../core/schema";
import { ISSUE_CODE_LABEL } from "./IssueFilter/issueCodeLabels";
import type { IssueFilter } from "./paneState";
import { countBySeverity, tableIssues, tableTitle, type SeverityCounts } from "./paneState";

/** An issue with what a reader knows it by: its table's title, the action on its row and that rating. */
export interface IssueEntry {
  readonly issue: Issue;
  /** The table's title ("Priority 1: Children in care (Plan)"), or "Workbook". */
  readonly where: string;
  readonly action: Action | null;
  readonly rating: Rating | null;
  /**
   * Lower-case text the search box matches: message, fix, cell, sheet, action, owner, section, kind. Made
   * the first time a search reads it: most checks are never searched, and a 1,000-action plan's issues
   * would otherwise build it a thousand times before the list is first shown.
   */
  readonly haystack: string;
}

function entryOf(issue: Issue, where: string, section: string, action: Action | null): IssueEntry {
  let haystack: string | undefined;
  return {
    issue,
    where,
    action,
    rating: action?.rag ?? null,
    get haystack() {
      return (haystack ??= haystackOf(issue, where, section, action));
    },
  };
}

function haystackOf(issue: Issue, where: string, section: string, action: Action | null): string {
  return [
    issue.message,
    issue.fix,
    issue.cell,
    issue.sheet,
    `${issue.sheet}!${issue.cell}`,
    where,
    section,
    ISSUE_CODE_LABEL[issue.code],
    issue.code,
    action?.ref ?? "",
    action?.actionText ?? "",
    action?.owner ?? "",
  ]
    .join("\n")
    .toLowerCase();
}

/**
 * A table's entries, by the table object: a re-check after an edit keeps every table it did not check
 * again as the same object, so their entries (and the rows showing them) are reused, not built anew.
 */
const byTable = new WeakMap<CheckedTable, readonly IssueEntry[]>();

function tableEntries(table: CheckedTable): readonly IssueEntry[] {
  const kept = byTable.get(table);
  if (kept) return kept;
  const byRow = new Map<number, Action>();
  for (const a of table.actions) for (const r of a.rows) byRow.set(r, a);
  const where = tableTitle(table);
  const section = table.section ?? "";
  const entries = tableIssues(table).map((issue) =>
    entryOf(issue, where, section, byRow.get(issue.row) ?? null)
  );
  byTable.set(table, entries);
  return entries;
}

/**
 * Every issue of the report, each with its action and table: workbook issues first, then each table's in
 * sheet order. Built once per report, so typing in the search box only scans prepared strings.
 */
export function issueEntries(report: WorkbookReport): IssueEntry[] {
  const entries: IssueEntry[] = report.issues.map((issue) => entryOf(issue, "Workbook", "", null));
  for (const table of report.tables) entries.push(...tableEntries(table));
  return entries;
}

/** Does the entry pass the filter? Every word of the search must appear (in any field, any order). */
export function entryMatches(entry: IssueEntry, filter: IssueFilter): boolean {
  const { issue } = entry;
  if (filter.severity !== "all" && issue.severity !== filter.severity) return false;
  if (filter.code !== "all" && issue.code !== filter.code) return false;
  if (filter.rating !== "all" && entry.rating !== filter.rating) return false;
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => entry.haystack.includes(w));
}

/** One severity's issues, as Excel's Accessibility Checker groups them: Errors, Warnings, Tips. */
export interface SeverityGroup {
  readonly severity: Severity;
  readonly title: string;
  /** Why this group matters and what to do about it, in a line. */
  readonly why: string;
  readonly entries: readonly IssueEntry[];
}

export const SEVERITY_GROUP_TEXT: Readonly<Record<Severity, { title: string; why: string }>> = {
  error: {
    title: "Errors",
    why: "The plan is not ready until these are fixed: a reader cannot tell who does what by when.",
  },
  warning: {
    title: "Warnings",
    why: "Worth fixing before the board sees the plan: each may mislead a reader.",
  },
  info: {
    title: "Tips",
    why: "Not wrong, but clearer if changed.",
  },
};

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** What the issue list shows under a filter: only groups with an issue left, and the counts it shows. */
export interface IssueView {
  readonly groups: readonly SeverityGroup[];
  /** Counts after filtering. */
  readonly shown: SeverityCounts;
  readonly total: number;
  readonly shownTotal: number;
}

export function issueView(entries: readonly IssueEntry[], filter: IssueFilter): IssueView {
  const by: Record<Severity, IssueEntry[]> = { error: [], warning: [], info: [] };
  for (const e of entries) if (entryMatches(e, filter)) by[e.issue.severity].push(e);
  const groups = SEVERITY_ORDER.filter((s) => by[s].length > 0).map((severity) => ({
    severity,
    ...SEVERITY_GROUP_TEXT[severity],
    entries: by[severity],
  }));
  const shown = countBySeverity(groups.flatMap((g) => g.entries.map((e) => e.issue)));
  return {
    groups,
    shown,
    total: entries.length,
    shownTotal: shown.error + shown.warning + shown.info,
  };
}

/** Is any filter set (so the list says "n of m")? */
export function isFiltered(filter: IssueFilter): boolean {
  return (
    filter.severity !== "all" ||
    filter.code !== "all" ||
    filter.rating !== "all" ||
    filter.text.trim() !== ""
  );
}
