/**
 * The plain grid the core works on. It mirrors what Office.js returns for a range (`values`, `text`,
 * `numberFormat` as parallel 2-D arrays) so the Office adapter can hand its loaded arrays over without
 * building an object per cell, and the .xlsx adapter produces the same shape from ExcelJS.
 */

/** An Excel error such as `#N/A` or `#REF!`, kept apart from text that merely looks like one. */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's value: text, a number (dates are Excel serial numbers, 1900 system, with a date number format),
 * a boolean, an Excel error, or null for an empty cell.
 */
export type CellValue = string | number | boolean | CellError | null;

/** A rectangle in 1-based sheet coordinates, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A cell's solid fill: 1-based sheet coordinates and the colour as six upper-case hex digits ("FFC000"). */
export interface CellFill {
  readonly row: number;
  readonly col: number;
  readonly rgb: string;
}

export interface SheetGrid {
  readonly name: string;
  /** 1-based sheet row of `values[0]` (the used range may start below row 1). */
  readonly originRow: number;
  /** 1-based sheet column of `values[r][0]`. */
  readonly originCol: number;
  /** Row-major values; every row has the same length. */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** What Excel displays for each cell; same shape as `values`. */
  readonly text: ReadonlyArray<ReadonlyArray<string>>;
  /** Number format per cell ("General", "mmm-yy", "dd/mm/yyyy"); same shape as `values`. */
  readonly numberFormat: ReadonlyArray<ReadonlyArray<string>>;
  /** Merged areas in sheet coordinates. */
  readonly merges: readonly CellRange[];
  /** 1-based sheet rows that are hidden. */
  readonly hiddenRows?: readonly number[];
  /** 1-based sheet columns that are hidden. */
  readonly hiddenCols?: readonly number[];
  /**
   * Solid fills of cells, sparse: only cells whose fill is a colour (theme colours and tints already
   * resolved to RGB). Councils often show RAG only as the status cell's colour. Absent when the adapter
   * did not read fills (the Office adapter reads them only where a rating needs them).
   */
  readonly fills?: readonly CellFill[];
  /** True when the sheet is protected (the add-in must not try to write to it). */
  readonly protected?: boolean;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /**
   * Names of the sheets the tool wrote itself (summary, history, roll-up), as the workbook's durable
   * marker lists them (see core/ownSheets): never read as a plan. Absent when the adapter found none.
   */
  readonly ownSheets?: readonly string[];
  /** True when the workbook says it is a checked copy the tool wrote. */
  readonly checkedCopy?: boolean;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}
