import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";

/** Which Fluent theme the pane wears. */
export type PaneThemeKind = "light" | "dark" | "contrast";

/** The part of `Office.context.officeTheme` the pane reads; every field optional (older hosts lack some). */
export interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly isDarkTheme?: boolean;
}

/** What the theme is chosen from; each input is read by the caller so this stays pure. */
export interface ThemeInputs {
  /** `Office.context.officeTheme`, when Office is ready and the host has one. */
  readonly officeTheme?: OfficeThemeLike | undefined;
  /** `matchMedia("(forced-colors: active)").matches`: Windows high contrast. */
  readonly forcedColors?: boolean;
  /** `location.search`: `?theme=dark|light|contrast` overrides (used by the browser harness). */
  readonly search?: string;
}

const OVERRIDES: Readonly<Record<string, PaneThemeKind>> = {
  light: "light",
  dark: "dark",
  contrast: "contrast",
};

/** Relative luminance (WCAG 2) of "#RRGGBB" / "RRGGBB"; null when it is not a colour written so. */
export function luminance(colour: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((hex) => {
    const c = parseInt(hex ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Chooses the pane's theme: an explicit `?theme=` wins, then Windows high contrast, then Office's own
 * theme. Office has no high-contrast flag; its high-contrast body is white on pure black (contrast ratio
 * 21:1) where the Black theme is white on #262626 (about 15:1), so light-on-dark above 19:1 counts as
 * contrast. Windows high contrast itself shows up as forced colours.
 */
export function themeKindFor(inputs: ThemeInputs): PaneThemeKind {
  const requested = new URLSearchParams(inputs.search ?? "").get("theme")?.toLowerCase();
  const override = requested !== undefined ? OVERRIDES[requested] : undefined;
  if (override) return override;
  if (inputs.forcedColors) return "contrast";
  const office = inputs.officeTheme;
  if (!office) return "light";
  const bg = luminance(office.bodyBackgroundColor);
  const fg = luminance(office.bodyForegroundColor);
  if (bg !== null && fg !== null) {
    const ratio = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
    if (bg < fg && ratio >= 19) return "contrast";
  }
  if (office.isDarkTheme !== undefined) return office.isDarkTheme ? "dark" : "light";
  return bg !== null && bg < 0.2 ? "dark" : "light";
}

const THEMES: Readonly<Record<PaneThemeKind, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** The Fluent theme for a kind. */
export function fluentTheme(kind: PaneThemeKind): Theme {
  return THEMES[kind];
}

/** Where the theme inputs come from: `window` in the pane (Office is whatever office.js or the harness set). */
export interface ThemeScope {
  readonly Office?: { readonly context?: { readonly officeTheme?: OfficeThemeLike } };
  readonly matchMedia?: (query: string) => { readonly matches: boolean };
  readonly location?: { readonly search: string };
}

/** Reads the theme inputs from the page; a host whose officeTheme getter throws counts as having none. */
export function readThemeInputs(scope: ThemeScope, officeReady: boolean): ThemeInputs {
  let officeTheme: OfficeThemeLike | undefined;
  if (officeReady) {
    try {
      officeTheme = scope.Office?.context?.officeTheme;
    } catch {
      officeTheme = undefined;
    }
  }
  return {
    officeTheme,
    forcedColors: scope.matchMedia?.("(forced-colors: active)").matches ?? false,
    search: scope.location?.search ?? "",
  };
}
