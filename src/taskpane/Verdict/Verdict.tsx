import * as React from "react";
import { Body1, Button, Subtitle1, mergeClasses } from "@fluentui/react-components";
import {
  CheckmarkCircleFilled,
  ErrorCircleFilled,
  QuestionCircleRegular,
} from "@fluentui/react-icons";
import { ukDate } from "../../core/messages";
import type { VerdictReason } from "../../core/schema/verdict";
import { verdictSentence } from "../../core/verdict";
import { sheetRef } from "../IssueList/IssueList";
import { plural } from "../paneState";
import { RatingFilter } from "../RatingFilter/RatingFilter";
import { SeverityCounts } from "../SeverityCounts/SeverityCounts";
import { nextStep } from "./nextStep";
import type { VerdictProps } from "./Verdict.types";
import { useVerdictStyles } from "./useVerdictStyles.styles";

/** Actions listed under a reason before "Show more": the first few say what kind of work it is. */
const FIRST_ACTIONS = 5;
/**
 * At most this many listed under a reason: the verdict is not virtualised, and a plan with 10,000 owner-less
 * actions needs the issue list (filtered by kind) to walk them, not 10,000 buttons here.
 */
const MOST_ACTIONS = 50;

const NO_TABLES_HELP =
  "No sheet has a header row with an action column. Check that the plan has headers such as Action, Lead and Timescale, or choose the sheets in Settings.";

/**
 * The answer first: ready to submit, or not and why, with each action a reason names (a button to its
 * cell), what to do next, and the counts by rating beside it. Announced politely when a re-check changes it.
 */
export function Verdict(props: VerdictProps): React.JSX.Element {
  const { verdict, asOf, tableCount, actionCount, counts } = props;
  const styles = useVerdictStyles();
  const kind = verdict === null ? "no-tables" : verdict.ready ? "ready" : "not-ready";
  const Icon =
    kind === "ready"
      ? CheckmarkCircleFilled
      : kind === "not-ready"
        ? ErrorCircleFilled
        : QuestionCircleRegular;
  return (
    <section
      className={mergeClasses(
        styles.root,
        kind === "ready" && styles.ready,
        kind === "not-ready" && styles.notReady
      )}
      aria-labelledby="verdict-heading"
      data-verdict={kind}
    >
      <div role="status" aria-live="polite">
        <Subtitle1 as="h2" id="verdict-heading" className={styles.heading}>
          <Icon
            aria-hidden
            className={mergeClasses(
              styles.icon,
              kind === "ready" && styles.readyIcon,
              kind === "not-ready" && styles.notReadyIcon
            )}
          />
          {verdict === null ? "No action plan table found" : verdictSentence(verdict)}
        </Subtitle1>
      </div>
      {verdict === null ? (
        <Body1 as="p" className={styles.detail}>
          {props.noTablesReason ?? NO_TABLES_HELP}
        </Body1>
      ) : (
        <>
          <Body1 as="p" className={styles.next}>
            {nextStep(verdict, counts)}
          </Body1>
          {verdict.reasons.length > 0 ? (
            <ul className={styles.reasons} aria-label="Why it is not ready">
              {verdict.reasons.map((r) => (
                <ReasonItem key={r.code} reason={r} onGoTo={props.onGoTo} />
              ))}
            </ul>
          ) : null}
          <RatingFilter
            ratings={props.ratings}
            selected={props.ratingFilter}
            completeLabel={props.completeLabel}
            onChange={props.onRating}
          />
          <SeverityCounts counts={counts} showZero />
          <Body1 as="p" className={styles.detail}>
            {`${plural(actionCount, "action")} in ${plural(tableCount, "table")}, rated as at ${ukDate(asOf)}.`}
          </Body1>
        </>
      )}
    </section>
  );
}

function ReasonItem({
  reason,
  onGoTo,
}: {
  readonly reason: VerdictReason;
  readonly onGoTo: VerdictProps["onGoTo"];
}): React.JSX.Element {
  const styles = useVerdictStyles();
  const [all, setAll] = React.useState(false);
  const shown = reason.actions.slice(0, all ? MOST_ACTIONS : FIRST_ACTIONS);
  const rest = reason.actions.length - shown.length;
  const id = `reason-${reason.code}`;
  return (
    <li className={styles.reason}>
      <Body1 as="p" id={id} className={styles.reasonText}>
        {reason.text}
      </Body1>
      <ul className={styles.actions} aria-labelledby={id}>
        {shown.map((a) => (
          <li key={`${a.sheet}!${a.cell}`}>
            <button type="button" className={styles.action} onClick={() => onGoTo(a.sheet, a.cell)}>
              <span>{a.ref ? `${a.ref} ${a.action}` : a.action}</span>
              <span className={styles.where}>{`Go to ${sheetRef(a.sheet)}!${a.cell}`}</span>
            </button>
          </li>
        ))}
      </ul>
      {rest > 0 && !all ? (
        <Button size="small" className={styles.more} onClick={() => setAll(true)}>
          {reason.actions.length <= MOST_ACTIONS
            ? `Show all ${reason.actions.length}`
            : `Show ${MOST_ACTIONS} of ${reason.actions.length.toLocaleString("en-GB")}`}
        </Button>
      ) : null}
      {rest > 0 && all ? (
        <Body1 as="p" className={styles.where}>
          {`…and ${rest.toLocaleString("en-GB")} more, each in the issue list below.`}
        </Body1>
      ) : null}
    </li>
  );
}
