import { makeStyles, tokens } from "@fluentui/react-components";

export const useTableListStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  table: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, overflowWrap: "anywhere" },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  // The chosen header can be long ("Lead officer / responsible person"): wrap it, never cut it.
  dropdownButton: {
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    textAlign: "start",
    height: "auto",
    minHeight: "32px",
  },
  reset: { alignSelf: "flex-start" },
});
