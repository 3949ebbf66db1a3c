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
import { DismissRegular } from "@fluentui/react-icons";
import { RATING_ORDER } from "../core/summary/labels";
import type { AppProps } from "./App.types";
import { IssueList } from "./IssueList/IssueList";
import { actionsByRating, allIssues, codesIn, issueGroups, verdictOf } from "./paneState";
import { PROGRESS_TEXT } from "./paneText";
import { Ratings } from "./Ratings/Ratings";
import { SettingsForm } from "./SettingsForm/SettingsForm";
import { TableList } from "./TableList/TableList";
import { useAppStyles } from "./useAppStyles.styles";
import { usePane } from "./usePane";
import { Verdict } from "./Verdict/Verdict";
import { Welcome } from "./Welcome/Welcome";

/** The pane's main view inside Excel: check, verdict, tables, issues, ratings, actions and settings. */
export function App({ services, useCases, progressDelayMs }: AppProps): React.JSX.Element {
  const styles = useAppStyles();
  const pane = usePane(services, useCases, progressDelayMs);
  const { state } = pane;
  const { report, config, busy } = state;
  const working = busy !== null;

  const groups = React.useMemo(
    () => (report ? issueGroups(report, state.filter) : []),
    [report, state.filter]
  );
  const issueCount = report ? allIssues(report).length : 0;
  const actionCount = report ? report.tables.reduce((n, t) => n + t.actions.length, 0) : 0;

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
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Something went wrong</MessageBarTitle>
            {state.error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Dismiss the error"
                icon={<DismissRegular />}
                onClick={pane.dismissError}
              />
            }
          />
        </MessageBar>
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
      {state.showProgress && busy ? <Spinner size="small" label={PROGRESS_TEXT[busy]} /> : null}

      {report === null || state.asOf === null ? (
        <Welcome onCheck={pane.check} busy={working} />
      ) : (
        <>
          <Verdict
            verdict={verdictOf(report)}
            asOf={state.asOf}
            tableCount={report.tables.length}
            actionCount={actionCount}
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
        </>
      )}

      <Accordion multiple collapsible defaultOpenItems={["issues"]}>
        {report ? (
          <>
            <AccordionItem value="issues">
              <AccordionHeader as="h2">{`Issues (${issueCount})`}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <IssueList
                  groups={groups}
                  filter={state.filter}
                  codes={codesIn(report)}
                  onFilter={pane.setFilter}
                  onGoTo={pane.goTo}
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
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="ratings">
              <AccordionHeader as="h2">Ratings</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Ratings
                  groups={actionsByRating(report, RATING_ORDER)}
                  completeLabel={config.completeLabel}
                  onGoTo={pane.goTo}
                />
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
