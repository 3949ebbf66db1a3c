import { makeStyles, tokens } from "@fluentui/react-components";
import { cardLink, cardSecondary, clickableCard } from "../cardStyles";

export const useChangeListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  entry: {
    ...clickableCard,
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  // a removed action is not in the open workbook: drawn as a card, but nothing to click
  gone: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    "--apc-fg2": tokens.colorNeutralForeground2,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  detail: cardSecondary,
  link: cardLink,
  more: { alignSelf: "flex-start" },
});
