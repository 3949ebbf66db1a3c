import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Spinner,
  Title2,
} from "@fluentui/react-components";
import type { AppProps } from "./App.types";
import { CheckedView } from "./CheckedView";
import { useCompare } from "./Compare/useCompare";
import { PaneMessages } from "./PaneMessages";
import { PROGRESS_TEXT } from "./paneText";
import { ReportSections } from "./ReportSections";
import { SettingsForm } from "./SettingsForm/SettingsForm";
import { useAppStyles } from "./useAppStyles.styles";
import { usePane } from "./usePane";
import { useReportViews } from "./useReportViews";
import { Welcome } from "./Welcome/Welcome";

/** The pane's main view inside Excel: check, verdict, tables, issues, ratings, actions and settings. */
export function App({ services, useCases, progressDelayMs }: AppProps): React.JSX.Element {
  const styles = useAppStyles();
  const pane = usePane(services, useCases, progressDelayMs);
  const { state } = pane;
  const { report, config, busy } = state;
  const working = busy !== null;
  const compare = useCompare(services, report, config, state.asOf, state.summaryBuilds);
  const views = useReportViews(report, state.filter);

  return (
    <main className={styles.root} aria-busy={working}>
      <Title2 as="h1" className={styles.title}>
        Action Plan Checker
      </Title2>
      <PaneMessages pane={pane} hostNotes={services.hostNotes} />
      {state.showProgress && busy ? <Spinner size="small" label={PROGRESS_TEXT[busy]} /> : null}

      {report === null || state.asOf === null ? (
        <Welcome onCheck={pane.check} busy={working} />
      ) : (
        <CheckedView
          pane={pane}
          report={report}
          asOf={state.asOf}
          views={views}
          compare={compare}
          port={services.port}
        />
      )}

      <Accordion multiple collapsible defaultOpenItems={["issues"]}>
        {report ? <ReportSections pane={pane} report={report} views={views} /> : null}
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
