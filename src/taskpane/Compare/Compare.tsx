import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
} from "@fluentui/react-components";
import { DismissableMessage } from "../DismissableMessage/DismissableMessage";
import { ChangeCounts } from "../ChangeCounts/ChangeCounts";
import { ChangeList } from "../ChangeList/ChangeList";
import {
  actionAddresses,
  changeCounts,
  changeGroups,
  changeHeadline,
  sinceWhat,
} from "./changeView";
import type { CompareProps } from "./Compare.types";
import { shownSlot } from "./compareState";
import { useCompareStyles } from "./useCompareStyles.styles";

const NO_SNAPSHOT =
  "No earlier report is kept in this workbook yet. Building the summary sheet keeps one, so next time this shows what moved; or compare with a previous version of the plan.";

/** "Since Q1.xlsx"; for two files that are not one plan, only what was compared with. */
function headingFor(outcome: NonNullable<CompareProps["compare"]["outcome"]>): string {
  if (outcome.kind === "compared") return sinceWhat(outcome.source);
  return outcome.source.kind === "file"
    ? `Compared with ${outcome.source.name}`
    : "Compared with the last report";
}

/**
 * What changed since the last report: by default against the snapshot the last summary build stored in
 * the workbook, or against a previous version the user picks (read on this machine, never sent). The
 * counts and the list grouped by kind, each action a button to its row in the open workbook.
 */
export function Compare({
  compare,
  report,
  onGoTo,
  busy = false,
}: CompareProps): React.JSX.Element {
  const styles = useCompareStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const { state, outcome } = compare;
  const slot = shownSlot(state);
  const snapshotReady = state.snapshot.kind === "ready";
  return (
    <section className={styles.root} aria-labelledby="compare-heading">
      <Subtitle1 as="h2" id="compare-heading" className={styles.heading}>
        {outcome ? headingFor(outcome) : "Since last report"}
      </Subtitle1>
      <div role="status" aria-live="polite">
        {slot.kind === "reading" ? (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={
              slot.name ? `Reading ${slot.name}…` : "Reading the last report kept in this workbook…"
            }
          />
        ) : outcome?.kind === "compared" ? (
          <Body1 as="p" className={styles.line}>
            {changeHeadline(outcome.source, outcome.comparison)}
          </Body1>
        ) : slot.kind === "none" ? (
          <Body1 as="p" className={styles.line}>
            {NO_SNAPSHOT}
          </Body1>
        ) : null}
      </div>
      <Problems {...{ compare, slot }} />
      {outcome?.kind === "compared" ? (
        <Details
          key={`${outcome.source.kind}:${outcome.source.kind === "file" ? outcome.source.name : ""}`}
          outcome={outcome}
          report={report}
          onGoTo={onGoTo}
        />
      ) : null}
      <div className={styles.actions}>
        <Button onClick={() => input.current?.click()} disabledFocusable={busy}>
          Compare with a previous version…
        </Button>
        {state.showing === "file" && snapshotReady ? (
          <Button appearance="subtle" onClick={compare.showSnapshot}>
            Back to the last report
          </Button>
        ) : null}
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Previous version of this plan (.xlsx)"
          tabIndex={-1}
          className={styles.input}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // cleared, so picking the same file again (after editing it) compares again
            e.currentTarget.value = "";
            if (file) compare.pick(file);
          }}
        />
      </div>
    </section>
  );
}

/** A stored snapshot that cannot be read (non-blocking), a picked file that cannot, or two unrelated plans. */
function Problems({
  compare,
  slot,
}: Pick<CompareProps, "compare"> & {
  slot: ReturnType<typeof shownSlot>;
}): React.JSX.Element | null {
  const { state, outcome } = compare;
  if (outcome?.kind === "not-one-plan") {
    const { matched, of } = outcome;
    const which =
      outcome.source.kind === "file"
        ? `${outcome.source.name} and this workbook do not look like versions of the same plan`
        : "The last report kept in this workbook does not look like the same plan as the one open now";
    const next =
      outcome.source.kind === "file"
        ? "Pick an earlier version of this plan."
        : "Building the summary sheet keeps this plan as the new last report.";
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not two versions of one plan</MessageBarTitle>
          {`${which}: only ${matched} of ${of} actions matched, so no changes are listed. ${next}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (slot.kind !== "unreadable") return null;
  if (state.showing === "file") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>That file could not be compared</MessageBarTitle>
          {`${slot.message.replace(/\.?$/, ".")} Pick an .xlsx saved by Excel.`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.snapshotProblemDismissed) return null;
  return (
    <DismissableMessage
      intent="warning"
      title="The last report kept in this workbook could not be read"
      dismissLabel="Dismiss the message about the last report"
      onDismiss={compare.dismissSnapshotProblem}
    >
      {`It cannot be compared with (${slot.message.replace(/^the stored snapshot /, "")}). Everything else works; building the summary sheet keeps a new one. You can still compare with a previous version.`}
    </DismissableMessage>
  );
}

/** The counts, then the list behind a toggle (open at once for a file the user just picked). */
function Details({
  outcome,
  report,
  onGoTo,
}: Pick<CompareProps, "report" | "onGoTo"> & {
  outcome: Extract<NonNullable<CompareProps["compare"]["outcome"]>, { kind: "compared" }>;
}): React.JSX.Element {
  const styles = useCompareStyles();
  const [open, setOpen] = React.useState(outcome.source.kind === "file");
  const groups = React.useMemo(
    () => changeGroups(outcome.comparison, actionAddresses(report)),
    [outcome, report]
  );
  const lines = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <>
      <ChangeCounts counts={changeCounts(outcome.comparison)} />
      {groups.length === 0 ? (
        <Body1 as="p">
          No dates, ratings, owners or statuses changed, and no action was added or removed.
        </Body1>
      ) : (
        <>
          <Button
            appearance="subtle"
            aria-expanded={open}
            aria-controls="compare-changes"
            onClick={() => setOpen((o) => !o)}
            className={styles.toggle}
          >
            {open ? "Hide the changes" : `Show the changes (${lines.toLocaleString("en-GB")})`}
          </Button>
          {open ? (
            <div id="compare-changes">
              <ChangeList groups={groups} onGoTo={onGoTo} />
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
