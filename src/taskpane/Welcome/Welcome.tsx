import * as React from "react";
import { Body1, Button } from "@fluentui/react-components";
import type { WelcomeProps } from "./Welcome.types";
import { useWelcomeStyles } from "./useWelcomeStyles.styles";

/** What the pane does, in one sentence, and the one thing to do first. */
export const WELCOME_TEXT =
  "Checks the action plan in this workbook for missing owners, unclear timescales and overdue actions, then rates every action red, amber or green.";

export function Welcome({ onCheck, busy }: WelcomeProps): React.JSX.Element {
  const styles = useWelcomeStyles();
  return (
    <section className={styles.root} aria-label="Get started">
      <Body1 as="p" className={styles.text}>
        {WELCOME_TEXT}
      </Body1>
      <Button appearance="primary" onClick={onCheck} disabledFocusable={busy}>
        Check this workbook
      </Button>
    </section>
  );
}
