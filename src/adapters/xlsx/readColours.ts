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

// Excel applies a tint in the integer HLS space of Windows' ColorRGBToHLS (hue, luminance and saturation
// 0…240), not in floating-point HSL: only this gives the colours its palette shows ("Orange, Accent 2,
// Lighter 40%" is F4B084, where float HSL gives F4B183).
const HLS = 240;
const RGB = 255;

function toHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = Math.floor(((max + min) * HLS + RGB) / (2 * RGB));
  if (max === min) return [(HLS * 2) / 3, l, 0];
  const s =
    l <= HLS / 2
      ? Math.floor(((max - min) * HLS + (max + min) / 2) / (max + min))
      : Math.floor(((max - min) * HLS + (2 * RGB - max - min) / 2) / (2 * RGB - max - min));
  const delta = (c: number): number =>
    Math.floor(((max - c) * (HLS / 6) + (max - min) / 2) / (max - min));
  let h =
    r === max
      ? delta(b) - delta(g)
      : g === max
        ? HLS / 3 + delta(r) - delta(b)
        : (2 * HLS) / 3 + delta(g) - delta(r);
  if (h < 0) h += HLS;
  if (h > HLS) h -= HLS;
  return [h, l, s];
}

function hueToRgb(n1: number, n2: number, hue: number): number {
  const h = hue < 0 ? hue + HLS : hue > HLS ? hue - HLS : hue;
  if (h < HLS / 6) return n1 + Math.floor(((n2 - n1) * h + HLS / 12) / (HLS / 6));
  if (h < HLS / 2) return n2;
  if (h < (HLS * 2) / 3)
    return n1 + Math.floor(((n2 - n1) * ((HLS * 2) / 3 - h) + HLS / 12) / (HLS / 6));
  return n1;
}

function fromHls(h: number, l: number, s: number): number[] {
  if (s === 0) return [0, 0, 0].map(() => Math.floor((l * RGB) / HLS));
  const m2 =
    l <= HLS / 2
      ? Math.floor((l * (HLS + s) + HLS / 2) / HLS)
      : l + s - Math.floor((l * s + HLS / 2) / HLS);
  const m1 = 2 * l - m2;
  return [h + HLS / 3, h, h - HLS / 3].map((x) =>
    Math.floor((hueToRgb(m1, m2, x) * RGB + HLS / 2) / HLS)
  );
}

/** Applies a SpreadsheetML tint (-1…1): darker towards black below 0, lighter towards white above. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const [h, l, s] = toHls(r, g, b);
  const lum = Math.min(HLS, Math.round(tint < 0 ? l * (1 + tint) : l * (1 - tint) + HLS * tint));
  return fromHls(h, lum, s)
    .map((c) => Math.min(255, Math.max(0, c)).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
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
