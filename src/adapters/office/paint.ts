import { fillParts, type FillKey, type FillParts } from "./fillBackup";

/** How the add-in writes fills and keeps its notes: what an exact restore needs, on every Excel version. */

export type FillProps = { format?: { fill?: Partial<FillParts> } };

/** Everything a fill can be that Office.js reads back, so a restore is exact (ExcelApi 1.9). */
export const FILL_PROPS = {
  format: {
    fill: {
      color: true,
      pattern: true,
      patternColor: true,
      tintAndShade: true,
      patternTintAndShade: true,
    },
  },
} as const;

/** Commands `paint` queues for a fill: the areas, then each property it sets. */
export function paintCommands(fill: FillKey): number {
  const parts = fillParts(fill);
  if (!parts) return 2;
  return parts.pattern === "Solid" ? 4 : 6;
}

/**
 * Applies one fill to one getRanges address list (one RangeAreas). The pattern goes first and the tint
 * after the colour: a new colour would otherwise keep an old pattern over the highlight, or drop the tint.
 */
export function paint(ws: Excel.Worksheet, address: string, fill: FillKey): void {
  const areas = ws.getRanges(address);
  const parts = fillParts(fill);
  if (!parts) {
    areas.format.fill.clear();
    return;
  }
  areas.format.fill.pattern = parts.pattern as Excel.FillPattern;
  areas.format.fill.color = parts.color;
  areas.format.fill.tintAndShade = parts.tintAndShade;
  if (parts.pattern !== "Solid") {
    areas.format.fill.patternColor = parts.patternColor;
    areas.format.fill.patternTintAndShade = parts.patternTintAndShade;
  }
}
