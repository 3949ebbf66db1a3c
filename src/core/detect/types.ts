import type { MappingReason } from "../schema/mappingReason";
import type { CellValue } from "../grid/types";
import type { FieldName } from "../schema/fields";

/** One cell as read for a mapped field, merged areas resolved. Coordinates are 1-based sheet coordinates. */
export interface CellRead {
  readonly row: number;
  readonly col: number;
  /** Display text, line breaks kept, outer white space trimmed ("" when blank). */
  readonly text: string;
  readonly value: CellValue;
  readonly numberFormat: string;
  /** The cell's own solid fill ("FF0000"), read for the status column when the cell has no text. */
  readonly fill?: string;
}

/** A row of a table that is an action (continuation rows already joined into it). */
export interface DetectedRow {
  /** 1-based sheet row of the action's first row. */
  readonly row: number;
  /** Every sheet row joined into this action, in order, including `row`. */
  readonly rows: readonly number[];
  /** The cells of the mapped fields. A field whose column is mapped but blank is present with text "". */
  readonly cells: Readonly<Partial<Record<FieldName, CellRead>>>;
  /** The ref column's text or, when there is none, the number at the start of the action text; else null. */
  readonly ref: string | null;
  /** The action text with a leading number ("1)", "1.1", "1.2.1.") removed and white space collapsed. */
  readonly actionText: string;
  /** Present (true) when a row of the action is hidden: it is checked all the same, and said so. */
  readonly hidden?: true;
}

/** Why a column was mapped to a field: deterministic and explainable. */
export interface MappingNote {
  readonly field: FieldName;
  readonly col: number;
  readonly header: string;
  readonly reason: MappingReason;
  /** How sure the reading of the header is, 0–1 (absent for overrides). */
  readonly score?: number;
  /** The reason in words ("'update' is the main word of the header: progress"). */
  readonly detail?: string;
}

export type { MappingReason } from "../schema/mappingReason";

/** Two or more columns that claimed one field; `chosen` won by a deterministic rule. */
export interface DuplicateMapping {
  readonly field: FieldName;
  readonly cols: readonly number[];
  readonly chosen: number;
}

export interface DetectedTable {
  readonly sheet: string;
  /** Stable key for overrides and UI state: "Sheet!A7" (sheet and the header row's first cell). */
  readonly key: string;
  /** 1-based sheet row of the (first) header row. */
  readonly headerRow: number;
  /** Number of header rows (2 when a header is split over two rows). */
  readonly headerRows: number;
  /**
   * For a part of a table under a section heading inside it (one header, then "Priority 1", actions,
   * "Priority 2", actions…): the heading's row, where this part's range starts (else the header row).
   */
  readonly firstRow?: number;
  /** For such a part: the key of the table whose header it shares, which reports the header's problems. */
  readonly partOf?: string;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Last sheet row that belongs to the table. */
  readonly lastRow: number;
  /** The heading the table sits under (its first line or leading words), or null. */
  readonly section: string | null;
  /** Field → 1-based column. */
  readonly columns: Readonly<Partial<Record<FieldName, number>>>;
  /** Header text of every column of the table, by 1-based column. */
  readonly headers: Readonly<Record<number, string>>;
  readonly mapping: readonly MappingNote[];
  readonly duplicates: readonly DuplicateMapping[];
  readonly rows: readonly DetectedRow[];
}

/** User corrections for one table: field → 1-based column, or null to unmap. */
export type TableOverride = Readonly<Partial<Record<FieldName, number | null>>>;

export interface DetectOptions {
  /** Overrides keyed by table key ("Sheet!A7"). */
  readonly overrides?: Readonly<Record<string, TableOverride>>;
  /**
   * Only these fields' cells are read into `DetectedRow.cells` (every mapped field when absent); the ref
   * cell is always read, as the row's `ref` comes from it. For callers that read a few fields of many rows.
   */
  readonly cellFields?: readonly FieldName[];
}
