import * as React from "react";
import { AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { HIGHLIGHT_LEGEND } from "../core/palette/palette";
import type { WorkbookReport } from "../core/schema";
import { IssueList } from "./IssueList/IssueList";
import { isFiltered } from "./issueView";
import { Legend } from "./Legend/Legend";
import { codesIn } from "./paneState";
import { Ratings } from "./Ratings/Ratings";
import { TableList } from "./TableList/TableList";
import { useAppStyles } from "./useAppStyles.styles";
import type { PaneController } from "./usePane";
import type { ReportViews } from "./useReportViews";

export interface ReportSectionsProps {
  readonly pane: PaneController;
  readonly report: WorkbookReport;
  readonly views: ReportViews;
}

/** "Issues (1,234)", or "Issues (12 of 1,234)" under a filter: thousands grouped as in en-GB. */
function issuesTitle(views: ReportViews, filtered: boolean): string {
  const { view } = views;
  return filtered
    ? `Issues (${view.shownTotal.toLocaleString("en-GB")} of ${view.total.toLocaleString("en-GB")})`
    : `Issues (${view.total.toLocaleString("en-GB")})`;
}

/** The report's sections in the pane's accordion: issues, tables found, ratings and the highlight legend. */
export function ReportSections({ pane, report, views }: ReportSectionsProps): React.JSX.Element {
  const styles = useAppStyles();
  const { state } = pane;
  const { config, filter } = state;
  const only = filter.rating;
  const codes = React.useMemo(() => codesIn(report), [report]);
  return (
    <>
      <AccordionItem value="issues">
        <AccordionHeader as="h2">{issuesTitle(views, isFiltered(filter))}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <IssueList
            view={views.view}
            filter={filter}
            codes={codes}
            onFilter={pane.setFilter}
            onGoTo={pane.goTo}
            onCopy={pane.copyIssues}
            onExport={pane.exportIssues}
          />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="tables">
        <AccordionHeader as="h2">{`Tables found (${report.tables.length})`}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <TableList
            tables={report.tables}
            overrides={config.mappingOverrides}
            required={config.required}
            onChange={pane.correctMapping}
            onReset={pane.resetMapping}
            busy={state.busy !== null}
            effect={state.mappingEffect}
          />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="ratings">
        <AccordionHeader as="h2">
          {only === "all" ? "Ratings" : "Ratings (filtered)"}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Ratings
            groups={only === "all" ? views.rated : views.rated.filter((g) => g.rating === only)}
            completeLabel={config.completeLabel}
            onGoTo={pane.goTo}
          />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="legend">
        <AccordionHeader as="h2">Highlight colours</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Legend entries={HIGHLIGHT_LEGEND} />
        </AccordionPanel>
      </AccordionItem>
    </>
  );
}
