import type { Rating } from "../schema/action";
import type { Severity } from "../schema/issue";
import type { HighlightKind } from "../palette/palette";

/**
 * A data-only description of a sheet the add-in writes (the RAG summary, the history, the roll-up).
 * The core builds it; the ExcelJS and Office.js adapters render it the same way. Values are data:
 * a string is always written as text, never evaluated as a formula, whatever it starts with.
 */
export type FormatIntent =
  | "title"
  | "subtitle"
  | "label"
  | "note"
  | "header"
  | "percent"
  | "date"
  | "integer"
  | `rating-${Rating}`
  | `severity-${Severity}`
  /** A legend swatch: the fill the plan's highlights of this kind have. */
  | `highlight-${HighlightKind}`;

export interface SheetCell {
  /**
   * Text is always written as text. With intent "date" a number is an Excel date serial (1900 system),
   * shown dd/mm/yyyy; with intent "percent" a number is a share 0–1.
   */
  readonly value: string | number | null;
  readonly intent?: FormatIntent;
  /** An internal hyperlink to a cell of the workbook (rendered as a link, never as a formula). */
  readonly link?: { readonly sheet: string; readonly address: string };
}

/** An Excel table (filterable) placed at a 1-based position. */
export interface SheetTable {
  /** Excel table name: letters, digits and underscores, unique in the workbook. */
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<SheetCell>>;
}

export interface SheetChart {
  readonly kind: "bar" | "pie";
  readonly title: string;
  /** Name of the SheetTable whose first column is the categories and `valueColumn` the values. */
  readonly table: string;
  /** 0-based index into the table's columns. */
  readonly valueColumn: number;
  /** Top-left anchor, 1-based. */
  readonly top: number;
  readonly left: number;
}

/** How the sheet prints: a board paper is landscape, one page wide, its heading on every page. */
export interface SheetPrint {
  readonly orientation: "landscape" | "portrait";
  /** All columns on one page wide, as many pages tall as needed. */
  readonly fitToWidth: boolean;
  /** 1-based rows repeated at the top of every printed page. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** "Page 1 of 3" in the footer. */
  readonly pageNumbers: boolean;
  /**
   * The blocks to print (1-based, inclusive), each starting a new page; absent: the whole used range.
   * A sheet laid out in column blocks prints each at its own width instead of all of them side by side.
   */
  readonly areas?: ReadonlyArray<PrintArea>;
}

export interface PrintArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetModel {
  /** Preferred sheet name; the adapter picks "Name (2)" when a user's sheet already has it. */
  readonly name: string;
  readonly columnWidths: readonly number[];
  /** Free cells (titles, headline figures) at 1-based positions. */
  readonly cells: ReadonlyArray<{
    readonly row: number;
    readonly col: number;
    readonly cell: SheetCell;
  }>;
  readonly tables: readonly SheetTable[];
  readonly charts: readonly SheetChart[];
  /**
   * 1-based columns whose text wraps inside the tables (long section names, reasons). Free cells (titles,
   * notes, labels) never wrap: their text runs on over the empty cells beside them.
   */
  readonly wrapColumns?: readonly number[];
  /** Fill colours (RRGGBB) that override the adapter's default for an intent, e.g. the configured complete colour. */
  readonly fills?: Readonly<Partial<Record<FormatIntent, string>>>;
  /** Page setup for printing; absent: the host's defaults. */
  readonly print?: SheetPrint;
}
