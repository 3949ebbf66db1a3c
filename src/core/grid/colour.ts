/**
 * Cell colours: resolving how a workbook stores a fill colour (ARGB, a theme slot with a tint, or a legacy
 * palette index) to six hex digits, and reading a colour as a RAG family by its hue, saturation and
 * lightness. Shared by both readers (the .xlsx reader and Office.js), so a fill means the same either way.
 */

/** The default Office theme (2013 onwards), in the order fills index it: lt1, dk1, lt2, dk2, accents 1–6. */
export const DEFAULT_THEME: readonly string[] = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** Excel's legacy 64-colour palette (indexed colours 0–63), still used by old and generated workbooks. */
const INDEXED: readonly string[] = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF " +
  "00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 " +
  "0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF " +
  "FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 " +
  "993300 993366 333399 333333"
).split(" ");

/** How a fill colour is stored: ARGB ("FFFF0000"), a theme slot with an optional tint, or a palette index. */
export interface StoredColour {
  readonly argb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
}

interface Hsl {
  readonly h: number;
  readonly s: number;
  readonly l: number;
}

function toHsl(rgb: string): Hsl {
  const n = parseInt(rgb, 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h =
    max === r
      ? 60 * (((g - b) / d + 6) % 6)
      : max === g
        ? 60 * ((b - r) / d + 2)
        : 60 * ((r - g) / d + 4);
  return { h, s, l };
}

function fromHsl({ h, s, l }: Hsl): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  const hex = (v: number): string =>
    Math.round((v + m) * 255)
      .toString(16)
      .padStart(2, "0");
  return `${hex(r)}${hex(g)}${hex(b)}`.toUpperCase();
}

/** A tint as Excel applies it (ECMA-376 18.8.19): lightens towards white (> 0) or darkens (< 0) in HSL. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb.toUpperCase();
  const hsl = toHsl(rgb);
  const l = tint < 0 ? hsl.l * (1 + tint) : hsl.l * (1 - tint) + tint;
  return fromHsl({ ...hsl, l: Math.min(1, Math.max(0, l)) });
}

/** Six upper-case hex digits, or null when the stored colour cannot be resolved. */
export function resolveColour(
  c: StoredColour,
  theme: readonly string[] = DEFAULT_THEME
): string | null {
  let rgb: string | undefined;
  if (typeof c.argb === "string" && /^[0-9a-f]{6,8}$/i.test(c.argb)) rgb = c.argb.slice(-6);
  else if (typeof c.theme === "number") rgb = theme[c.theme];
  else if (typeof c.indexed === "number") rgb = INDEXED[c.indexed];
  if (!rgb) return null;
  return applyTint(rgb, c.tint ?? 0);
}

/**
 * The theme's colours from a workbook's theme part (xl/theme/theme1.xml), in fill order (lt1, dk1, lt2,
 * dk2, accents…); the default theme where the part is missing or unreadable.
 */
export function themeFromXml(xml: string | undefined): readonly string[] {
  if (!xml) return DEFAULT_THEME;
  const slot = (name: string): string | undefined => {
    const m = new RegExp(
      `<a:${name}>\\s*<a:(?:srgbClr val|sysClr[^>]*?lastClr)="([0-9A-Fa-f]{6})"`
    ).exec(xml);
    return m?.[1]?.toUpperCase();
  };
  const names = [
    "lt1",
    "dk1",
    "lt2",
    "dk2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
  ];
  const out = names.map((n, i) => slot(n) ?? (DEFAULT_THEME[i] as string));
  return out;
}

/** A fill read as a rating's colour: red, amber (yellow and orange too), green, or blue (complete). */
export type RagColour = "red" | "amber" | "green" | "blue";

/**
 * The RAG family of a colour by hue, for colours a person would call by name: greys, near-white and
 * near-black are none; pale blue (a header or banding tint) is none, as a blue that means "complete" is a
 * strong one.
 */
export function ragColour(rgb: string): RagColour | null {
  if (!/^[0-9a-f]{6}$/i.test(rgb)) return null;
  const { h, s, l } = toHsl(rgb);
  if (s < 0.25 || l > 0.94 || l < 0.12) return null;
  if (h >= 335 || h < 15) return "red";
  if (h < 65) return "amber";
  if (h < 170) return "green";
  if (h < 255) return l <= 0.85 ? "blue" : null;
  return null;
}
