import { makeStyles, tokens } from "@fluentui/react-components";
import { cardSecondary, clickableCard } from "../cardStyles";

export const useRatingsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  chip: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  icon: { fontSize: "16px", flexShrink: 0 },
  red: { color: tokens.colorPaletteRedForeground1 },
  amber: { color: tokens.colorPaletteMarigoldForeground1 },
  green: { color: tokens.colorPaletteGreenForeground1 },
  complete: { color: tokens.colorPaletteBlueForeground2 },
  "not-rated": { color: tokens.colorNeutralForeground3 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  action: {
    ...clickableCard,
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  reason: cardSecondary,
});
