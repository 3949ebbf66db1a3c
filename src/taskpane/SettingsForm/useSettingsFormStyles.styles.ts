import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsFormStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  input: { minWidth: 0, width: "100%" },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  checks: { display: "flex", flexWrap: "wrap" },
  check: { flexBasis: "50%", minWidth: 0 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  saved: { color: tokens.colorNeutralForeground2 },
});
