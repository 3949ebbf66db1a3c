/**
 * Colours as SpreadsheetML states them (`rgb`, `theme` + `tint`, `indexed`) resolved to six hex digits,
 * the way Excel shows them: what the grid's `fills` carry.
 */

/** Excel's legacy 64-colour palette (`indexed="n"`), used unless styles.xml gives its own. */
export const INDEXED_COLOURS: readonly string[] = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
]; // prettier-ignore

/** The theme's colour scheme in the order `theme="n"` counts: lt1, dk1, lt2, dk2, accent1…6, hlink, folHlink. */
export type ThemeColours = readonly string[];

/** The clrScheme elements in document order (dk1, lt1, dk2, lt2, …) → the order `theme="n"` uses. */
export function themeOrder(scheme: ReadonlyMap<string, string>): ThemeColours {
  const names = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4"];
  return [...names, "accent5", "accent6", "hlink", "folHlink"].map((n) => scheme.get(n) ?? "");
}

/** "FFC00000" or "C00000" → "C00000"; null for anything that is not hex. */
export function rgbDigits(argb: string): string | null {
  const hex = argb.trim().toUpperCase();
  if (!/^[0-9A-F]{6}([0-9A-F]{2})?$/.test(hex)) return null;
  return hex.length === 8 ? hex.slice(2) : hex;
}

function toHsl(rgb: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h =
    max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  const hue = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channels = s === 0 ? [l, l, l] : [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  return channels
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, "0")
    )
    .join("")
    .toUpperCase();
}

/** Applies a SpreadsheetML tint (-1…1): darker towards black below 0, lighter towards white above. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [h, s, l] = toHsl(rgb);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHsl(h, s, lum);
}

/** A `<fgColor>`'s attributes resolved to RGB, or null (automatic, or a theme colour the file lacks). */
export function resolveColour(
  c: {
    rgb?: string | undefined;
    theme?: string | undefined;
    tint?: string | undefined;
    indexed?: string | undefined;
  },
  theme: ThemeColours,
  indexed: readonly string[] = INDEXED_COLOURS
): string | null {
  let base: string | null = null;
  if (c.rgb !== undefined) base = rgbDigits(c.rgb);
  else if (c.theme !== undefined) base = rgbDigits(theme[Number(c.theme)] ?? "");
  else if (c.indexed !== undefined) base = indexed[Number(c.indexed)] ?? null;
  if (!base) return null;
  const tint = Number(c.tint ?? 0);
  return Number.isFinite(tint) ? applyTint(base, tint) : base;
}
