import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useChangeCountsStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  // a bordered chip: its outline is the theme's stroke, so it shows in high contrast too
  item: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
  },
  zero: { color: tokens.colorNeutralForeground3, ...shorthands.borderStyle("dashed") },
  // trouble marked by the chip, not by red text: red on the dark theme's grey is below 4.5:1
  bad: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder2),
  },
});
