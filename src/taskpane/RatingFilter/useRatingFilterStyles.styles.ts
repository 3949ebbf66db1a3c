import { makeStyles, tokens } from "@fluentui/react-components";
import { cardIcon } from "../cardStyles";

export const useRatingFilterStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  chip: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    // The theme's hover pair, stated here so the text and the icon both take it (black on cyan in high
    // contrast), whatever the toggle's own state styles say.
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1Hover,
      "--apc-icon-hover": tokens.colorNeutralForeground1Hover,
    },
  },
  icon: { fontSize: "16px" },
  red: cardIcon(tokens.colorPaletteRedForeground1),
  amber: cardIcon(tokens.colorPaletteMarigoldForeground1),
  green: cardIcon(tokens.colorPaletteGreenForeground1),
  complete: cardIcon(tokens.colorPaletteBlueForeground2),
  "not-rated": cardIcon(tokens.colorNeutralForeground3),
  // Chosen: the icon takes the chosen button's foreground, whatever the theme draws it on.
  chosen: { "--apc-icon-hover": tokens.colorNeutralForeground1Selected },
});
