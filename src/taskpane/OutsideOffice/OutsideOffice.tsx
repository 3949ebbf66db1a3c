import * as React from "react";
import { Body1, Title2 } from "@fluentui/react-components";
import type { OutsideOfficeReason } from "../boot";
import { DEMO_HINT, OUTSIDE_OFFICE_TEXT } from "./outsideOfficeText";
import { useOutsideOfficeStyles } from "./useOutsideOfficeStyles.styles";

/** Props of {@link OutsideOffice}. */
export interface OutsideOfficeProps {
  readonly reason: OutsideOfficeReason;
  /** The error Office reported, if any. */
  readonly detail?: string | undefined;
}

/** Shown instead of the pane when it cannot run: says why, and what to do, rather than a blank page. */
export function OutsideOffice({ reason, detail }: OutsideOfficeProps): React.JSX.Element {
  const styles = useOutsideOfficeStyles();
  const text = OUTSIDE_OFFICE_TEXT[reason];
  return (
    <main className={styles.root} role="alert" data-reason={reason}>
      <Title2 as="h1">{text.title}</Title2>
      <Body1 as="p">{text.body}</Body1>
      {text.suggestDemo ? (
        <Body1 as="p" className={styles.hint}>
          {DEMO_HINT}
        </Body1>
      ) : null}
      {detail !== undefined && detail !== "" ? (
        <Body1 as="p" className={styles.hint}>
          Details: {detail}
        </Body1>
      ) : null}
    </main>
  );
}
