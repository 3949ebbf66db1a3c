import { makeStyles, tokens } from "@fluentui/react-components";

/** The scroller's height cap as a share of the pane's height; useViewport's first guess uses it too. */
export const SCROLLER_MAX_VH = 70;

export const useVirtualListStyles = makeStyles({
  // The list scrolls on its own: a 10,000-issue plan is as tall as the pane, not 400,000 px.
  scroller: {
    maxHeight: `${SCROLLER_MAX_VH}vh`,
    overflowY: "auto",
    overscrollBehavior: "contain",
    paddingTop: "4px",
  },
  list: { margin: 0, paddingLeft: 0, paddingRight: 0, listStyleType: "none" },
  // The gap sits inside each row, so a row's measured height includes it.
  row: { paddingBottom: tokens.spacingVerticalS, paddingLeft: "4px", paddingRight: "4px" },
});
