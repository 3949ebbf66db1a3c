import { makeStyles, tokens } from "@fluentui/react-components";

export const useLegendStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  // the swatch shows the sheet's own fill, whatever the pane's theme: black text on it, as in the sheet
  swatch: {
    flexShrink: 0,
    minWidth: "88px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    color: "#000000",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  meaning: { color: tokens.colorNeutralForeground2 },
});
