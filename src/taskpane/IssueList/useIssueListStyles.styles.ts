import { makeStyles, tokens } from "@fluentui/react-components";
import { cardIcon, cardLink, cardSecondary, clickableCard } from "../cardStyles";

export const useIssueListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  shown: { margin: 0, color: tokens.colorNeutralForeground2 },
  groupHeading: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
  },
  why: { margin: 0, color: tokens.colorNeutralForeground2 },
  item: {
    ...clickableCard,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  line: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  icon: { fontSize: "16px", flexShrink: 0, marginTop: "2px" },
  error: cardIcon(tokens.colorStatusDangerForeground1),
  warning: cardIcon(tokens.colorStatusWarningForeground1),
  info: cardIcon(tokens.colorNeutralForeground2),
  headingIcon: { fontSize: "20px", flexShrink: 0 },
  errorHeading: { color: tokens.colorStatusDangerForeground1 },
  warningHeading: { color: tokens.colorStatusWarningForeground1 },
  infoHeading: { color: tokens.colorNeutralForeground2 },
  severity: { fontWeight: tokens.fontWeightSemibold },
  fix: cardSecondary,
  where: { ...cardLink, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});
