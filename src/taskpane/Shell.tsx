import * as React from "react";
import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { BootView } from "./boot";
import { OutsideOffice } from "./OutsideOffice/OutsideOffice";

const useShellStyles = makeStyles({
  // FluentProvider gives its className to the portal mount node too (applyStylesToPortals), and that node
  // is absolutely positioned over the pane at z-index 1000000: a min-height there paints the provider's
  // background over the whole pane whenever a dropdown or tooltip opens. Fluent marks that node.
  root: { ":not([data-portal-node])": { minHeight: "100%" } },
  loading: { padding: tokens.spacingHorizontalL },
});

/** Props of {@link Shell}. */
export interface ShellProps {
  readonly view: BootView;
  /** The main view inside Excel; may be React.lazy, so its code loads only when Excel is ready. */
  readonly main: React.ReactNode;
  /** The Fluent theme matching Office's (see theme.ts); light when not given. */
  readonly theme?: Theme;
}

/** The pane's root: the Fluent theme around whichever view boot chose. */
export function Shell({ view, main, theme = webLightTheme }: ShellProps): React.JSX.Element {
  const styles = useShellStyles();
  const loading = <Spinner className={styles.loading} label="Starting Action Plan Checker…" />;
  return (
    <FluentProvider theme={theme} className={styles.root}>
      {view.kind === "loading" ? loading : null}
      {view.kind === "outside-office" ? (
        <OutsideOffice reason={view.reason} detail={view.detail} />
      ) : null}
      {view.kind === "pane" ? <React.Suspense fallback={loading}>{main}</React.Suspense> : null}
    </FluentProvider>
  );
}
