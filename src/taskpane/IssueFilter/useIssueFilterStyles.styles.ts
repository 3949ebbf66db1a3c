import { makeStyles, tokens } from "@fluentui/react-components";

export const useIssueFilterStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  field: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
  search: { flexGrow: 1, flexBasis: "100%", minWidth: 0 },
  control: { minWidth: 0, width: "100%" },
});
