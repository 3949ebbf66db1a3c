import type { Fill, Font, Style } from "exceljs";
import type { Rating } from "../../core/schema/action";
import { intentFill as paletteFill, RATING_COLOURS } from "../../core/palette/palette";
import type { FormatIntent } from "../../core/summary/sheetModel";

/**
 * Text that Excel (or a CSV-minded reader) could take for a formula or a DDE call: both .xlsx writers
 * write it as a plain string, never as a formula.
 */
export const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * Fills by rating (RRGGBB): the core palette's, as the add-in writes them; the word is always written too,
 * so colour is never the only signal. Complete takes the configured colour via SheetModel.fills.
 */
export const RATING_FILL: Readonly<Record<Rating, string>> = {
  complete: RATING_COLOURS.complete.fill,
  red: RATING_COLOURS.red.fill,
  amber: RATING_COLOURS.amber.fill,
  green: RATING_COLOURS.green.fill,
  "not-rated": RATING_COLOURS["not-rated"].fill,
};

/** Darker shades for the in-cell bars (text colour on white). */
export const RATING_INK: Readonly<Record<Rating, string>> = {
  complete: "2E75B6",
  red: "C00000",
  amber: "BF8F00",
  green: "548235",
  "not-rated": "7F7F7F",
};

export function solidFill(rgb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb.toUpperCase()}` } };
}

function intentFill(
  intent: FormatIntent,
  fills: Readonly<Partial<Record<FormatIntent, string>>>
): string | null {
  return paletteFill(intent, fills);
}

const FONTS: Partial<Record<FormatIntent, Partial<Font>>> = {
  title: { bold: true, size: 16 },
  subtitle: { bold: true, size: 12 },
  label: { bold: true },
  header: { bold: true },
  note: { italic: true, color: { argb: "FF595959" } },
};

const NUMBER_FORMATS: Partial<Record<FormatIntent, string>> = {
  percent: "0%",
  date: "dd/mm/yyyy",
  integer: "0",
};

/** The ExcelJS style for a format intent (a fresh object: ExcelJS shares style objects between cells). */
export function intentStyle(
  intent: FormatIntent | undefined,
  fills: Readonly<Partial<Record<FormatIntent, string>>> = {}
): Partial<Style> {
  if (!intent) return {};
  const style: Partial<Style> = {};
  const font = FONTS[intent] ?? (intent.startsWith("rating-") ? { bold: true } : undefined);
  // named, or a reader without the workbook default (LibreOffice) draws these cells in a serif face
  if (font) style.font = { name: "Calibri", size: 11, ...font };
  const fill = intentFill(intent, fills);
  if (fill) style.fill = solidFill(fill);
  const numFmt = NUMBER_FORMATS[intent];
  if (numFmt) style.numFmt = numFmt;
  return style;
}
