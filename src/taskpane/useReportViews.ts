import * as React from "react";
import { RATING_ORDER } from "../core/summary/labels";
import type { WorkbookReport } from "../core/schema";
import { issueEntries, issueView, type IssueEntry, type IssueView } from "./issueView";
import { actionsByRating, type IssueFilter } from "./paneState";

/** What the pane's views show of one report, each built once per report (or per filter). */
export interface ReportViews {
  readonly entries: readonly IssueEntry[];
  readonly view: IssueView;
  readonly rated: ReturnType<typeof actionsByRating>;
}

/**
 * The report's issues as prepared entries, the filtered view of them, and its actions by rating. Built
 * once per report: the filter then only scans prepared strings (a 10,000-action plan types fast).
 */
export function useReportViews(report: WorkbookReport | null, filter: IssueFilter): ReportViews {
  const entries = React.useMemo(() => (report ? issueEntries(report) : []), [report]);
  const view = React.useMemo(() => issueView(entries, filter), [entries, filter]);
  const rated = React.useMemo(
    () => (report ? actionsByRating(report, RATING_ORDER) : []),
    [report]
  );
  return { entries, view, rated };
}
