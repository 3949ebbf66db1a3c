import { makeStyles, tokens } from "@fluentui/react-components";

export const useSeverityCountsStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  icon: { fontSize: "16px", flexShrink: 0 },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});
