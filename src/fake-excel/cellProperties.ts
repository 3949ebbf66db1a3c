import { qualified } from "./address";
import { cellAt, eachCell, normalizeColor } from "./cells";
import { FILL_PROPERTY_NAMES, readFill, writeFill } from "./fill";
import type { FakeCell, FakeSheetState, Rect } from "./types";

/** Per-cell properties, Range.getCellProperties and setCellProperties (ExcelApi 1.9): one cell each. */

/** Which per-cell properties getCellProperties was asked for. */
export interface CellPropsWanted {
  address?: boolean;
  format?: {
    fill?: Partial<Record<(typeof FILL_PROPERTY_NAMES)[number], boolean>>;
    font?: { bold?: boolean; color?: boolean };
    wrapText?: boolean;
  };
}

export interface CellPropsInput {
  format?: {
    fill?: Partial<Record<(typeof FILL_PROPERTY_NAMES)[number], unknown>>;
    font?: { bold?: boolean; color?: string };
    wrapText?: boolean;
  };
}

export function applyCellProps(cell: FakeCell, p: CellPropsInput | undefined): void {
  const fill = p?.format?.fill;
  if (fill) writeFill(cell, fill);
  const font = p?.format?.font;
  if (font?.bold !== undefined) cell.bold = font.bold;
  if (font?.color !== undefined) cell.fontColor = normalizeColor(font.color) ?? font.color;
  if (p?.format?.wrapText !== undefined) cell.wrap = p.format.wrapText;
}

export function cellProps(
  c: FakeCell | undefined,
  wanted: CellPropsWanted,
  sheetName: string,
  row: number,
  col: number
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (wanted.address)
    out.address = qualified(sheetName, { top: row, left: col, bottom: row, right: col });
  const wf = wanted.format;
  if (wf) {
    const format: Record<string, unknown> = {};
    if (wf.fill) {
      const all = readFill(c);
      const fill: Record<string, unknown> = {};
      for (const name of FILL_PROPERTY_NAMES) if (wf.fill[name]) fill[name] = all[name];
      format.fill = fill;
    }
    if (wf.font) {
      const font: Record<string, unknown> = {};
      if (wf.font.bold) font.bold = c?.bold ?? false;
      if (wf.font.color) font.color = c?.fontColor ?? "#000000";
      format.font = font;
    }
    if (wf.wrapText) format.wrapText = c?.wrap ?? false;
    out.format = format;
  }
  return out;
}

/** getCellProperties' answer: a row of the wanted properties per row of the range. */
export function readCellProps(
  sheet: FakeSheetState,
  rect: Rect,
  wanted: CellPropsWanted
): Record<string, unknown>[][] {
  const out: Record<string, unknown>[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: Record<string, unknown>[] = [];
    for (let col = rect.left; col <= rect.right; col++) {
      line.push(cellProps(cellAt(sheet, row, col), wanted, sheet.name, row, col));
    }
    out.push(line);
  }
  return out;
}

export function writeCellProps(
  sheet: FakeSheetState,
  rect: Rect,
  props: Record<string, unknown>[][]
): void {
  eachCell(sheet, rect, (cell, row, col) => {
    applyCellProps(cell, props[row - rect.top]?.[col - rect.left] as CellPropsInput | undefined);
  });
}
