import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

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
  errors: { ...shorthands.borderColor(tokens.colorStatusDangerBorderActive) },
  heading: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  icon: { fontSize: "24px", flexShrink: 0 },
  readyIcon: { color: tokens.colorStatusSuccessForeground1 },
  errorsIcon: { color: tokens.colorStatusDangerForeground1 },
  detail: { color: tokens.colorNeutralForeground2, margin: 0 },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  actions: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});
