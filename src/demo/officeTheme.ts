import type { OfficeThemeLike, PaneThemeKind } from "../taskpane/theme";

/** The colours Office reports for each theme (Office's White, Black and high-contrast body colours). */
const OFFICE_THEMES: Readonly<Record<PaneThemeKind, Required<OfficeThemeLike>>> = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", isDarkTheme: false },
  dark: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", isDarkTheme: true },
  contrast: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF", isDarkTheme: true },
};

/** The theme kind the demo asks for in `?theme=`; light when absent or unknown. */
export function demoThemeKind(search: string): PaneThemeKind {
  const asked = new URLSearchParams(search).get("theme")?.toLowerCase();
  return asked === "dark" || asked === "contrast" ? asked : "light";
}

/** `Office.context.officeTheme` as Office would report the theme the demo was asked for. */
export function officeThemeFor(kind: PaneThemeKind): Required<OfficeThemeLike> {
  return { ...OFFICE_THEMES[kind] };
}
