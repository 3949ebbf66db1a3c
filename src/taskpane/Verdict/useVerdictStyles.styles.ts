import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { cardSecondary, clickableCard } from "../cardStyles";

export const useVerdictStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  ready: { ...shorthands.borderColor(tokens.colorStatusSuccessBorderActive) },
  notReady: { ...shorthands.borderColor(tokens.colorStatusDangerBorderActive) },
  heading: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  icon: { fontSize: "24px", flexShrink: 0 },
  readyIcon: { color: tokens.colorStatusSuccessForeground1 },
  notReadyIcon: { color: tokens.colorStatusDangerForeground1 },
  detail: { color: tokens.colorNeutralForeground2, margin: 0 },
  next: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  reasons: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  reason: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  reasonText: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  actions: {
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
  where: { ...cardSecondary, fontSize: tokens.fontSizeBase200 },
  more: { alignSelf: "flex-start" },
});
