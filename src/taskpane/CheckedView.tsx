import * as React from "react";
import { Button } from "@fluentui/react-components";
import { verdictOf as coreVerdictOf } from "../core/verdict";
import type { WorkbookReport } from "../core/schema";
import { Compare } from "./Compare/Compare";
import type { CompareController } from "./Compare/useCompare";
import { countBySeverity } from "./paneState";
import type { PaneController } from "./usePane";
import type { ReportViews } from "./useReportViews";
import { Tidy } from "./Tidy/Tidy";
import { useAppStyles } from "./useAppStyles.styles";
import { Verdict } from "./Verdict/Verdict";
import type { PaneServices } from "./services.types";

/** The ratings beside the verdict in the order a board asks about them: Red first. */
const CHIP_ORDER = ["red", "amber", "green", "complete", "not-rated"] as const;

export interface CheckedViewProps {
  readonly pane: PaneController;
  readonly report: WorkbookReport;
  readonly asOf: string;
  readonly views: ReportViews;
  readonly compare: CompareController;
  readonly port: PaneServices["port"];
}

/** A checked workbook's head: the verdict, what to do next (check again, summary, clear), compare, tidy. */
export function CheckedView({
  pane,
  report,
  asOf,
  views,
  compare,
  port,
}: CheckedViewProps): React.JSX.Element {
  const styles = useAppStyles();
  const { config, filter } = pane.state;
  const working = pane.state.busy !== null;
  const hasTables = report.tables.length > 0;
  const verdict = hasTables ? (report.verdict ?? coreVerdictOf(report, config, asOf)) : null;
  const actionCount = report.tables.reduce((n, t) => n + t.actions.length, 0);
  return (
    <>
      <Verdict
        verdict={verdict}
        noTablesReason={report.error ?? null}
        asOf={asOf}
        tableCount={report.tables.length}
        actionCount={actionCount}
        counts={countBySeverity(views.entries.map((e) => e.issue))}
        ratings={CHIP_ORDER.map((rating) => ({
          rating,
          count: views.rated.find((g) => g.rating === rating)?.actions.length ?? 0,
        }))}
        ratingFilter={filter.rating}
        completeLabel={config.completeLabel}
        onRating={(rating) => pane.setFilter({ rating })}
        onGoTo={pane.goTo}
      />
      <div className={styles.actions} role="group" aria-label="Workbook actions">
        <Button appearance="primary" onClick={pane.check} disabledFocusable={working}>
          Check again
        </Button>
        <Button onClick={pane.buildSummary} disabledFocusable={working || !hasTables}>
          Build summary sheet
        </Button>
        <Button onClick={pane.clearHighlights} disabledFocusable={working}>
          Clear highlights
        </Button>
      </div>
      {hasTables ? (
        <>
          <Compare compare={compare} report={report} onGoTo={pane.goTo} busy={working} />
          <Tidy port={port} report={report} disabled={working} />
        </>
      ) : null}
    </>
  );
}
