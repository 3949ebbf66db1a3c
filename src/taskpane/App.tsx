import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Title2,
} from "@fluentui/react-components";
import { RATING_ORDER } from "../core/summary/labels";
import type { AppProps } from "./App.types";
import { IssueList } from "./IssueList/IssueList";
import { verdictOf as coreVerdictOf } from "../core/verdict";
import { isFiltered, issueEntries, issueView } from "./issueView";
import { actionsByRating, codesIn, countBySeverity } from "./paneState";
import { PROGRESS_TEXT } from "./paneText";
import { Ratings } from "./Ratings/Ratings";
import { SettingsForm } from "./SettingsForm/SettingsForm";
import { TableList } from "./TableList/TableList";
import { useAppStyles } from "./useAppStyles.styles";
import { usePane } from "./usePane";
import { Verdict } from "./Verdict/Verdict";
import { Legend } from "./Legend/Legend";
import { HIGHLIGHT_LEGEND } from "../core/palette/palette";
import { Welcome } from "./Welcome/Welcome";
import { Tidy } from "./Tidy/Tidy";
import { Compare } from "./Compare/Compare";
import { DismissableMessage } from "./DismissableMessage/DismissableMessage";
import { useCompare } from "./Compare/useCompare";

/** The ratings beside the verdict in the order a board asks about them: Red first. */
const CHIP_ORDER = ["red", "amber", "green", "complete", "not-rated"] as const;

/** The pane's main view inside Excel: check, verdict, tables, issues, ratings, actions and settings. */
export function App({ services, useCases, progressDelayMs }: AppProps): React.JSX.Element {
  const styles = useAppStyles();
  const pane = usePane(services, useCases, progressDelayMs);
  const { state } = pane;
  const { report, config, busy } = state;
  const working = busy !== null;
  const compare = useCompare(services, report, config, state.asOf, state.summaryBuilds);

  // Built once per report; the filter then only scans prepared strings (a 10,000-action plan types fast).
  const entries = React.useMemo(() => (report ? issueEntries(report) : []), [report]);
  const view = React.useMemo(() => issueView(entries, state.filter), [entries, state.filter]);
  const rated = React.useMemo(
    () => (report ? actionsByRating(report, RATING_ORDER) : []),
    [report]
  );
  const actionCount = report ? report.tables.reduce((n, t) => n + t.actions.length, 0) : 0;
  const verdict =
    report && state.asOf && report.tables.length > 0
      ? (report.verdict ?? coreVerdictOf(report, config, state.asOf))
      : null;
  const only = state.filter.rating;

  return (
    <main className={styles.root} aria-busy={working}>
      <Title2 as="h1" className={styles.title}>
        Action Plan Checker
      </Title2>

      {state.settingsWarning ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.settingsWarning}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.error ? (
        <DismissableMessage
          intent="error"
          title="Something went wrong"
          dismissLabel="Dismiss the error"
          onDismiss={pane.dismissError}
        >
          {state.error}
        </DismissableMessage>
      ) : null}
      {report !== null && state.highlightProblem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The report is complete; the highlights are not</MessageBarTitle>
            {state.highlightProblem}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={pane.checkWithoutHighlights} disabledFocusable={working}>
              Check without highlighting
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {report !== null && state.highlightsStale && !state.highlightProblem ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Updated as you edit. The highlights in the sheet are from the last check: choose Check
            again to bring them up to date.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {report !== null && services.hostNotes?.length ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{services.hostNotes.join(" ")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.notice ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.snapshotProblem ? (
        <DismissableMessage
          intent="warning"
          title="The summary is written; the last report was not kept"
          dismissLabel="Dismiss the message about keeping the last report"
          onDismiss={pane.dismissSnapshotProblem}
        >
          {`Next time the pane cannot say what changed since this report. ${state.snapshotProblem}`}
        </DismissableMessage>
      ) : null}
      {state.showProgress && busy ? <Spinner size="small" label={PROGRESS_TEXT[busy]} /> : null}

      {report === null || state.asOf === null ? (
        <Welcome onCheck={pane.check} busy={working} />
      ) : (
        <>
          <Verdict
            verdict={verdict}
            noTablesReason={report.error ?? null}
            asOf={state.asOf}
            tableCount={report.tables.length}
            actionCount={actionCount}
            counts={countBySeverity(entries.map((e) => e.issue))}
            ratings={CHIP_ORDER.map((rating) => ({
              rating,
              count: rated.find((g) => g.rating === rating)?.actions.length ?? 0,
            }))}
            ratingFilter={only}
            completeLabel={config.completeLabel}
            onRating={(rating) => pane.setFilter({ rating })}
            onGoTo={pane.goTo}
          />
          <div className={styles.actions} role="group" aria-label="Workbook actions">
            <Button appearance="primary" onClick={pane.check} disabledFocusable={working}>
              Check again
            </Button>
            <Button
              onClick={pane.buildSummary}
              disabledFocusable={working || report.tables.length === 0}
            >
              Build summary sheet
            </Button>
            <Button onClick={pane.clearHighlights} disabledFocusable={working}>
              Clear highlights
            </Button>
          </div>
          {report.tables.length > 0 ? (
            <>
              <Compare compare={compare} report={report} onGoTo={pane.goTo} busy={working} />
              <Tidy port={services.port} report={report} disabled={working} />
            </>
          ) : null}
        </>
      )}

      <Accordion multiple collapsible defaultOpenItems={["issues"]}>
        {report ? (
          <>
            <AccordionItem value="issues">
              <AccordionHeader as="h2">
                {isFiltered(state.filter)
                  ? `Issues (${view.shownTotal.toLocaleString("en-GB")} of ${view.total.toLocaleString("en-GB")})`
                  : `Issues (${view.total.toLocaleString("en-GB")})`}
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <IssueList
                  view={view}
                  filter={state.filter}
                  codes={codesIn(report)}
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
                  busy={working}
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
                  groups={only === "all" ? rated : rated.filter((g) => g.rating === only)}
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
        ) : null}
        <AccordionItem value="settings">
          <AccordionHeader as="h2">Settings</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <SettingsForm
              config={config}
              today={services.today()}
              error={state.settingsError}
              busy={working}
              onSave={pane.saveSettings}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
