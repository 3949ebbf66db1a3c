import * as React from "react";
import { Body1, Caption1, Subtitle1, mergeClasses } from "@fluentui/react-components";
import {
  CheckmarkCircleFilled,
  ErrorCircleFilled,
  QuestionCircleRegular,
} from "@fluentui/react-icons";
import { ukDate } from "../../core/messages";
import type { VerdictReason } from "../../core/schema";
import { plural, verdictText } from "../paneState";
import { SeverityCounts } from "../SeverityCounts/SeverityCounts";
import type { VerdictProps } from "./Verdict.types";
import { useVerdictStyles } from "./useVerdictStyles.styles";

/** A reason lists this many of its actions; the issue list below has every one. */
const ACTIONS_SHOWN = 5;

/** Each reason the plan is not ready, with the actions it is about. */
function Reasons({ reasons }: { reasons: readonly VerdictReason[] }): React.JSX.Element {
  const styles = useVerdictStyles();
  return (
    <ul className={styles.reasons} aria-label="Why it is not ready">
      {reasons.map((r) => (
        <li key={r.code}>
          <Body1>{r.text}</Body1>
          <ul className={styles.actions}>
            {r.actions.slice(0, ACTIONS_SHOWN).map((a) => (
              <li key={`${a.sheet}!${a.cell}`}>
                <Caption1>{`${a.sheet}!${a.cell} ${a.ref ? `${a.ref} ` : ""}${a.action}`}</Caption1>
              </li>
            ))}
            {r.actions.length > ACTIONS_SHOWN ? (
              <li>
                <Caption1>{`and ${r.actions.length - ACTIONS_SHOWN} more in the list below`}</Caption1>
              </li>
            ) : null}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The answer first: ready to submit, or not ready and why (the core's verdict, as the CLI gives it). Announced politely when a re-check changes it. */
export function Verdict({
  verdict,
  asOf,
  tableCount,
  actionCount,
}: VerdictProps): React.JSX.Element {
  const styles = useVerdictStyles();
  const Icon =
    verdict.kind === "ready"
      ? CheckmarkCircleFilled
      : verdict.kind === "not-ready"
        ? ErrorCircleFilled
        : QuestionCircleRegular;
  return (
    <section
      className={mergeClasses(
        styles.root,
        verdict.kind === "ready" && styles.ready,
        verdict.kind === "not-ready" && styles.errors
      )}
      aria-labelledby="verdict-heading"
      role="status"
      aria-live="polite"
      data-verdict={verdict.kind}
    >
      <Subtitle1 as="h2" id="verdict-heading" className={styles.heading}>
        <Icon
          aria-hidden
          className={mergeClasses(
            styles.icon,
            verdict.kind === "ready" && styles.readyIcon,
            verdict.kind === "not-ready" && styles.errorsIcon
          )}
        />
        {verdictText(verdict)}
      </Subtitle1>
      {verdict.kind === "no-tables" ? (
        <Body1 as="p" className={styles.detail}>
          {verdict.error ??
            "No sheet has a header row with an action column. Check that the plan has headers such as Action, Lead and Timescale, or choose the sheets in Settings."}
        </Body1>
      ) : (
        <>
          {verdict.kind === "not-ready" ? <Reasons reasons={verdict.verdict.reasons} /> : null}
          <SeverityCounts counts={verdict.counts} showZero />
          <Body1 as="p" className={styles.detail}>
            {`${plural(actionCount, "action")} in ${plural(tableCount, "table")}, rated as at ${ukDate(asOf)}.`}
          </Body1>
        </>
      )}
    </section>
  );
}
