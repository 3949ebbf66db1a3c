import * as React from "react";
import { Body1, Subtitle1, mergeClasses } from "@fluentui/react-components";
import {
  CheckmarkCircleFilled,
  ErrorCircleFilled,
  QuestionCircleRegular,
} from "@fluentui/react-icons";
import { ukDate } from "../../core/messages";
import { plural, verdictText } from "../paneState";
import { SeverityCounts } from "../SeverityCounts/SeverityCounts";
import type { VerdictProps } from "./Verdict.types";
import { useVerdictStyles } from "./useVerdictStyles.styles";

/** The answer first: ready to submit, or how much is left. Announced politely when a re-check changes it. */
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
      : verdict.kind === "errors"
        ? ErrorCircleFilled
        : QuestionCircleRegular;
  return (
    <section
      className={mergeClasses(
        styles.root,
        verdict.kind === "ready" && styles.ready,
        verdict.kind === "errors" && styles.errors
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
            verdict.kind === "errors" && styles.errorsIcon
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
          <SeverityCounts counts={verdict.counts} showZero />
          <Body1 as="p" className={styles.detail}>
            {`${plural(actionCount, "action")} in ${plural(tableCount, "table")}, rated as at ${ukDate(asOf)}.`}
          </Body1>
        </>
      )}
    </section>
  );
}
