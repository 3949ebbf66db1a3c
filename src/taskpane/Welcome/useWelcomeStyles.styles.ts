import { makeStyles, tokens } from "@fluentui/react-components";

export const useWelcomeStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalM,
  },
  text: { margin: 0 },
});
