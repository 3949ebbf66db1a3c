import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import {
  fluentTheme,
  luminance,
  readThemeInputs,
  themeKindFor,
  type OfficeThemeLike,
  type PaneThemeKind,
  type ThemeInputs,
} from "./theme";

// The body colours Office reports for its themes (Microsoft 365 on Windows).
const colorful = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" };
const darkGray = { bodyBackgroundColor: "#666666", bodyForegroundColor: "#FFFFFF" };
const black = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };
const pureBlack = { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" };

describe("themeKindFor", () => {
  it.each<[string, ThemeInputs, PaneThemeKind]>([
    ["no Office theme (outside Office)", {}, "light"],
    ["Office Colorful / White", { officeTheme: colorful }, "light"],
    ["Office Black", { officeTheme: black }, "dark"],
    ["Office Black with isDarkTheme", { officeTheme: { ...black, isDarkTheme: true } }, "dark"],
    [
      "Dark Gray, which says it is not dark",
      { officeTheme: { ...darkGray, isDarkTheme: false } },
      "light",
    ],
    ["Office high contrast (pure black on white)", { officeTheme: pureBlack }, "contrast"],
    ["Windows high contrast", { officeTheme: colorful, forcedColors: true }, "contrast"],
    ["?theme=dark override", { officeTheme: colorful, search: "?theme=dark" }, "dark"],
    [
      "?theme=contrast override",
      { officeTheme: colorful, search: "?x=1&theme=contrast" },
      "contrast",
    ],
    ["?theme=light beats forced colours", { forcedColors: true, search: "?theme=LIGHT" }, "light"],
    ["an unknown ?theme= is ignored", { officeTheme: black, search: "?theme=pink" }, "dark"],
    ["unreadable colours", { officeTheme: { bodyBackgroundColor: "black" } }, "light"],
  ])("%s", (_name, inputs, expected) => {
    expect(themeKindFor(inputs)).toBe(expected);
  });
});

describe("luminance", () => {
  it.each<[string | undefined, number | null]>([
    ["#FFFFFF", 1],
    ["000000", 0],
    ["#zzzzzz", null],
    [undefined, null],
  ])("%s", (colour, expected) => {
    expect(luminance(colour)).toBe(expected);
  });
});

describe("fluentTheme", () => {
  it.each<[PaneThemeKind, unknown]>([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
    ["contrast", teamsHighContrastTheme],
  ])("%s", (kind, theme) => {
    expect(fluentTheme(kind)).toBe(theme);
  });
});

describe("readThemeInputs", () => {
  const scope = {
    Office: { context: { officeTheme: black } },
    matchMedia: (query: string) => ({ matches: query === "(forced-colors: active)" }),
    location: { search: "?theme=dark" },
  };

  it("reads Office's theme, forced colours and the query string", () => {
    expect(readThemeInputs(scope, true)).toEqual({
      officeTheme: black,
      forcedColors: true,
      search: "?theme=dark",
    });
  });

  it("ignores Office until it is ready", () => {
    expect(readThemeInputs(scope, false).officeTheme).toBeUndefined();
  });

  it("survives a host whose officeTheme throws, and a page without matchMedia", () => {
    const broken = {
      Office: {
        context: {
          get officeTheme(): OfficeThemeLike {
            throw new Error("not supported");
          },
        },
      },
    };
    expect(readThemeInputs(broken, true)).toEqual({
      officeTheme: undefined,
      forcedColors: false,
      search: "",
    });
  });
});
