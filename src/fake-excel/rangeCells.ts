import { qualified, rectA1 } from "./address";
import {
  cellAt,
  eachCell,
  formulaOf,
  numberFormatOf,
  readGrid,
  textOf,
  valueOf,
  valueTypeOf,
} from "./cells";
import { FakeOfficeError, invalidArgument } from "./errors";
import { clearFill } from "./fill";
import type { Resolved } from "./format";
import type { FakeCell, FakeHyperlink, FakeSheetState, Rect } from "./types";

/**
 * What Excel.Range's reads and edits do to its sheet's cells, apart from the proxy that queues them:
 * each function takes the range as resolved at the sync (its sheet and rectangle).
 */

/** getMergedAreasOrNullObject fails on a range with more merged areas than this (its documentation). */
export const MAX_MERGED_AREAS = 512;

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The range's scalar properties, each read by readRangeProperty. */
export const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "text",
  "formulas",
  "numberFormat",
  "valueTypes",
  "hyperlink",
] as const;

/** A loaded scalar property of the range; undefined for a name it does not have. */
export function readRangeProperty(sheet: FakeSheetState, rect: Rect, name: string): unknown {
  switch (name) {
    case "address":
    case "addressLocal":
      return qualified(sheet.name, rect);
    case "rowIndex":
      return rect.top - 1;
    case "columnIndex":
      return rect.left - 1;
    case "rowCount":
      return rect.bottom - rect.top + 1;
    case "columnCount":
      return rect.right - rect.left + 1;
    case "cellCount":
      return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    case "values":
      return readGrid(sheet, rect, valueOf);
    case "text":
      return readGrid(sheet, rect, textOf);
    case "formulas":
      return readGrid(sheet, rect, formulaOf);
    case "numberFormat":
      return readGrid(sheet, rect, numberFormatOf);
    case "valueTypes":
      return readGrid(sheet, rect, valueTypeOf);
    case "hyperlink":
      return cellAt(sheet, rect.top, rect.left)?.hyperlink ?? null;
    default:
      return undefined;
  }
}

/** Applies a 2-D input (or one value for every cell), refusing a shape that does not match. */
export function writeMatrix(
  sheet: FakeSheetState,
  rect: Rect,
  v: unknown,
  fn: (cell: FakeCell, x: unknown) => void
): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (Array.isArray(v)) {
    const m = v as unknown[];
    if (m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw invalidArgument(
        `the number of rows or columns in the input array doesn't match the size of the range ${rectA1(rect)}`
      );
    }
  }
  eachCell(sheet, rect, (cell, row, col) => {
    const x = Array.isArray(v) ? (v as unknown[][])[row - rect.top]?.[col - rect.left] : v;
    fn(cell, x);
  });
}

function clearContents(cell: FakeCell): void {
  cell.value = null;
  delete cell.formula;
  delete cell.text;
}

export function writeHyperlink(sheet: FakeSheetState, rect: Rect, v: FakeHyperlink): void {
  eachCell(sheet, rect, (cell) => {
    cell.hyperlink = { ...v };
    // Excel shows textToDisplay as the cell's value, literally
    if (v.textToDisplay !== undefined) {
      cell.value = v.textToDisplay;
      delete cell.formula;
      delete cell.text;
    }
  });
}

/** Range.merge: one area, or one a row when `across`; the cells but the top-left lose their contents. */
export function mergeCells(sheet: FakeSheetState, rect: Rect, across: boolean): void {
  const areas: Rect[] = across
    ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
        ...rect,
        top: rect.top + i,
        bottom: rect.top + i,
      }))
    : [rect];
  sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
  for (const a of areas) {
    sheet.merges.push({ ...a });
    eachCell(sheet, a, (cell, row, col) => {
      if (row !== a.top || col !== a.left) clearContents(cell);
    });
  }
}

export function clearCells(
  sheet: FakeSheetState,
  rect: Rect,
  applyTo: "All" | "Formats" | "Contents"
): void {
  eachCell(sheet, rect, (cell) => {
    if (applyTo !== "Formats") {
      clearContents(cell);
      delete cell.error;
      delete cell.hyperlink;
    }
    if (applyTo !== "Contents") {
      clearFill(cell);
      delete cell.bold;
      delete cell.fontColor;
      delete cell.wrap;
      delete cell.numberFormat;
    }
  });
}

/** The merged areas that touch the range; null when there are none. */
export function mergedAreas(base: Resolved): Resolved[] | null {
  const hits = base.sheet.merges.filter((m) => intersects(m, base.rect));
  // "if the merged areas count in this range is more than 512, then this method will fail"
  if (hits.length > MAX_MERGED_AREAS) {
    throw new FakeOfficeError(
      "GeneralException",
      `There are more than ${MAX_MERGED_AREAS} merged areas in the range (${hits.length}).`,
      "Range.getMergedAreasOrNullObject"
    );
  }
  return hits.length ? hits.map((rect) => ({ sheet: base.sheet, rect })) : null;
}

/** Only "Visible" is modelled: the range's rows that are not hidden, as bands; null when all are hidden. */
export function specialCells(base: Resolved, cellType: string): Resolved[] | null {
  if (cellType !== "Visible")
    throw invalidArgument(`special cells "${cellType}" (fake models Visible only)`);
  const { sheet, rect } = base;
  const bands: Resolved[] = [];
  let start: number | null = null;
  for (let row = rect.top; row <= rect.bottom + 1; row++) {
    const visible = row <= rect.bottom && !sheet.hiddenRows.has(row);
    if (visible && start === null) start = row;
    if (!visible && start !== null) {
      bands.push({ sheet, rect: { ...rect, top: start, bottom: row - 1 } });
      start = null;
    }
  }
  return bands.length ? bands : null;
}
