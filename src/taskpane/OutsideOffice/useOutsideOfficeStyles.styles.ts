import { makeStyles, tokens } from "@fluentui/react-components";

export const useOutsideOfficeStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "40rem",
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
});
