import {
  INDEXED_COLOURS,
  resolveColour,
  rgbDigits,
  themeOrder,
  type ThemeColours,
} from "./readColours";
import { parsePart } from "./readParts";
import { attr } from "./readXml";
import type { ZipPackage } from "./readZip";

/** Built-in number formats (ids without a `<numFmt>` of their own), as ExcelJS and Excel (en-GB/US) name them. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** What a cell's style index (`s`) means to the reader. */
export interface CellStyles {
  /** Number format per style index ("General" when none). */
  readonly numberFormat: readonly string[];
  /** Solid fill colour per style index, or null. */
  readonly fill: ReadonlyArray<string | null>;
}

export const NO_STYLES: CellStyles = { numberFormat: [], fill: [] };

/** The theme's colours (lt1, dk1, … in `theme="n"` order), or [] when the package has no theme. */
export async function readTheme(zip: ZipPackage, path: string | undefined): Promise<ThemeColours> {
  const entry = path ? zip.entry(path) : undefined;
  if (!entry) return [];
  const scheme = new Map<string, string>();
  let slot: string | null = null;
  let inScheme = false;
  await parsePart(zip, entry, {
    wantText: false,
    open(name, attrs) {
      if (name === "clrScheme") inScheme = true;
      else if (!inScheme) return;
      else if (slot === null) slot = name;
      else if (name === "srgbClr") scheme.set(slot, attr(attrs, "val") ?? "");
      else if (name === "sysClr") scheme.set(slot, attr(attrs, "lastClr") ?? "");
    },
    close(name) {
      if (name === "clrScheme") inScheme = false;
      else if (name === slot) slot = null;
    },
    text: () => undefined,
  });
  return themeOrder(scheme);
}

interface PatternFill {
  type: string;
  colour: string | null;
}

/** Number formats and solid fills by cell style index, from styles.xml. */
export async function readStyles(
  zip: ZipPackage,
  path: string | undefined,
  theme: ThemeColours
): Promise<CellStyles> {
  const entry = path ? zip.entry(path) : undefined;
  if (!entry) return NO_STYLES;
  const formats = new Map<number, string>();
  const fills: PatternFill[] = [];
  const xfs: Array<{ numFmtId: number; fillId: number }> = [];
  const palette: string[] = [];
  let section = "";
  let fill: PatternFill | null = null;
  const colourAttrs = (a: string) => ({
    rgb: attr(a, "rgb"),
    theme: attr(a, "theme"),
    tint: attr(a, "tint"),
    indexed: attr(a, "indexed"),
  });
  const fgColours: string[] = [];
  await parsePart(zip, entry, {
    wantText: false,
    open(name, a) {
      if (name === "numFmts" || name === "fills" || name === "cellXfs") section = name;
      else if (name === "cellStyleXfs" || name === "dxfs") section = name;
      else if (name === "numFmt" && section === "numFmts") {
        formats.set(Number(attr(a, "numFmtId")), attr(a, "formatCode") ?? "General");
      } else if (name === "fill" && section === "fills") {
        fill = { type: "none", colour: null };
        fills.push(fill);
      } else if (name === "patternFill" && fill) fill.type = attr(a, "patternType") ?? "none";
      else if (name === "fgColor" && fill) fgColours[fills.length - 1] = a;
      else if (name === "xf" && section === "cellXfs") {
        xfs.push({
          numFmtId: Number(attr(a, "numFmtId") ?? 0),
          fillId: Number(attr(a, "fillId") ?? 0),
        });
      } else if (name === "rgbColor") palette.push(rgbDigits(attr(a, "rgb") ?? "") ?? "000000");
    },
    close(name) {
      if (name === "fill") fill = null;
      else if (name === section) section = "";
    },
    text: () => undefined,
  });
  const indexed = palette.length > 0 ? palette : INDEXED_COLOURS;
  // colours resolve once the palette (which comes after the fills) is known
  const fillRgb = fills.map((f, i) => {
    const fg = fgColours[i];
    return f.type === "solid" && fg !== undefined
      ? resolveColour(colourAttrs(fg), theme, indexed)
      : null;
  });
  const formatOf = (id: number): string => formats.get(id) ?? BUILT_IN[id] ?? "General";
  return {
    numberFormat: xfs.map((x) => formatOf(x.numFmtId)),
    fill: xfs.map((x) => fillRgb[x.fillId] ?? null),
  };
}
