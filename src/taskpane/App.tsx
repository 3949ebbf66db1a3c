import * as React from "react";
import { Body1, Button, Title2, makeStyles, tokens } from "@fluentui/react-components";

const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** The pane's main view inside Excel. Placeholder until the checking UI lands. */
export function App(): React.JSX.Element {
  const styles = useAppStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">Action Plan Checker</Title2>
      <Body1 as="p">
        Checks the action plan in this workbook: owners, timescales, overdue actions and a
        red/amber/green summary.
      </Body1>
      <Button appearance="primary" disabled>
        Check this workbook
      </Button>
    </main>
  );
}
