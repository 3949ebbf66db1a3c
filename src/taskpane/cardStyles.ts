import { shorthands, tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * A clickable card (an issue, a rated action, a verdict's action): its hover and focus drawn from the
 * theme's token pairs. A hovered card takes the theme's hover background *and* hover foreground, and its
 * children read their colours from the custom properties below, so in high contrast a hovered card is
 * black on cyan (the theme's pair), never white on cyan (1.46:1). The focus ring is a real outline on the
 * card (`:focus-visible`, colorStrokeFocus2), visible in every theme.
 */
export const clickableCard: GriffelStyle = {
  "--apc-fg": tokens.colorNeutralForeground1,
  "--apc-fg2": tokens.colorNeutralForeground2,
  "--apc-link": tokens.colorBrandForegroundLink,
  position: "relative",
  width: "100%",
  boxSizing: "border-box",
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: "var(--apc-fg)",
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  textAlign: "start",
  cursor: "pointer",
  whiteSpace: "normal",
  overflowWrap: "anywhere",
  ":hover": {
    backgroundColor: tokens.colorNeutralBackground1Hover,
    ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
    "--apc-fg": tokens.colorNeutralForeground1Hover,
    "--apc-fg2": tokens.colorNeutralForeground2Hover,
    "--apc-link": tokens.colorNeutralForeground1Hover,
    "--apc-icon-hover": tokens.colorNeutralForeground1Hover,
  },
  ":active": {
    backgroundColor: tokens.colorNeutralBackground1Pressed,
    "--apc-fg": tokens.colorNeutralForeground1Pressed,
    "--apc-fg2": tokens.colorNeutralForeground2Pressed,
    "--apc-link": tokens.colorNeutralForeground1Pressed,
    "--apc-icon-hover": tokens.colorNeutralForeground1Pressed,
  },
  ":focus-visible": {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "1px",
  },
};

/** Secondary text inside a card (follows the card's hover). */
export const cardSecondary: GriffelStyle = { color: "var(--apc-fg2)" };

/** Link-like text inside a card ("Go to Plan!C6"). */
export const cardLink: GriffelStyle = { color: "var(--apc-link)" };

/** An icon inside a card: its own colour at rest, the card's foreground when hovered or pressed. */
export function cardIcon(colour: string): GriffelStyle {
  return { color: `var(--apc-icon-hover, ${colour})` };
}
