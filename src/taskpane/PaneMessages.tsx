import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissableMessage } from "./DismissableMessage/DismissableMessage";
import type { PaneController } from "./usePane";

export interface PaneMessagesProps {
  readonly pane: PaneController;
  /** What this Excel cannot do (services.hostNotes): said once there is a report it bears on. */
  readonly hostNotes: readonly string[] | undefined;
}

/**
 * The message bars above the report: a settings warning, a failure, highlights that could not be written
 * or are stale after edits, what this Excel cannot do, a notice, and a snapshot that was not kept.
 */
export function PaneMessages({ pane, hostNotes }: PaneMessagesProps): React.JSX.Element {
  const { state } = pane;
  const hasReport = state.report !== null;
  return (
    <>
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
      {hasReport && state.highlightProblem ? (
        <HighlightProblem pane={pane} problem={state.highlightProblem} />
      ) : null}
      {hasReport && state.highlightsStale && !state.highlightProblem ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Updated as you edit. The highlights in the sheet are from the last check: choose Check
            again to bring them up to date.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {hasReport && hostNotes?.length ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{hostNotes.join(" ")}</MessageBarBody>
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
    </>
  );
}

/** The report stands but Excel refused the highlights: say so and offer a check that writes none. */
function HighlightProblem({
  pane,
  problem,
}: {
  readonly pane: PaneController;
  readonly problem: string;
}): React.JSX.Element {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The report is complete; the highlights are not</MessageBarTitle>
        {problem}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={pane.checkWithoutHighlights} disabledFocusable={pane.state.busy !== null}>
          Check without highlighting
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
