import type { FakeFillStyle } from "./fill";

/**
 * The fake workbook's state: plain data (Maps and arrays) that `structuredClone` copies, so a test can
 * "save and reopen" by building a new fake from a clone of another's state.
 */

/** A rectangle in 1-based sheet coordinates, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a cell holds. Formatting lives beside the value so a fill survives a value change and back. */
export interface FakeCell {
  /** Text, number (dates are serials), boolean, or an Excel error string when `error` is set. */
  value: string | number | boolean | null;
  error?: boolean;
  /** Set when the cell holds a formula ("=SUM(A1:A3)"); the fake does not evaluate it. */
  formula?: string;
  numberFormat?: string;
  /** Display text given by a seed; dropped when the value changes (then it is computed). */
  text?: string;
  /** "#RRGGBB" of the fill's background colour; absent means No Fill. */
  fill?: string;
  /** Pattern, pattern colour, tints and theme of the fill (see fill.ts); absent means a plain solid fill. */
  fillStyle?: FakeFillStyle;
  bold?: boolean;
  fontColor?: string;
  wrap?: boolean;
  hyperlink?: FakeHyperlink;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeTableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
}

export interface FakeChartState {
  id: string;
  name: string;
  type: string;
  /** Source cells, local to `sourceSheetId` (a reference follows its sheet through renames, as in Excel). */
  sourceSheetId: string;
  sourceAddress: string;
  seriesBy: string;
  title: string;
  /** Category labels (setXAxisValues), local to the source sheet. */
  xAxisAddress?: string;
  /** Top-left cell address the chart was positioned at, when set. */
  position?: string;
  /** Solid fill per series index (series.format.fill.setSolidColor), where set. */
  seriesFills?: string[];
}

export interface FakeSheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** Keyed by `row * 16384 + col` (1-based). */
  cells: Map<number, FakeCell>;
  merges: Rect[];
  hiddenRows: Set<number>;
  /** Column widths in points, by 1-based column. */
  columnWidths: Map<number, number>;
  /** Note text by cell key. */
  notes: Map<number, string>;
  charts: FakeChartState[];
  /** Data validation by cell key (absent until a validation is set): see dataValidation.ts. */
  validations?: Map<number, FakeValidationState>;
  /** Conditional formats in priority order (index 0 is applied first): see conditionalFormats.ts. */
  conditionalFormats?: FakeConditionalFormatState[];
}

/** One cell's data validation as Excel keeps it: the rule (one kind) and its messages. */
export interface FakeValidationState {
  rule: Record<string, unknown>;
  prompt?: { message: string; title: string; showPrompt: boolean };
  errorAlert?: { message: string; title: string; showAlert: boolean; style: string };
  ignoreBlanks: boolean;
}

/** A conditional format: where it applies, its rule and the format shown when the rule holds. */
export interface FakeConditionalFormatState {
  /** A stable handle inside the fake (Excel's own `id` is the format's priority, which moves). */
  key: number;
  rect: Rect;
  type: "CellValue" | "ContainsText" | "Custom";
  rule: Record<string, unknown>;
  fill?: string;
  fontColor?: string;
  stopIfTrue: boolean;
}

export interface FakeWorkbookState {
  /** In tab order. */
  sheets: FakeSheetState[];
  tables: FakeTableState[];
  /** Document settings as Office stores them: JSON text per key. */
  settings: Map<string, string>;
  /** Workbook-scoped defined names (absent until a seed or the add-in makes one). */
  names?: Map<string, FakeNameState>;
  /** Custom XML parts (Workbook.customXmlParts), absent until one is added. */
  customXmlParts?: Array<{ readonly id: string; xml: string }>;
  activeSheetId: string | null;
  selection: { sheetId: string; rect: Rect } | null;
  nextId: number;
}

/** A cell as a seed gives it (1-based position). */
export interface FakeCellSeed {
  row: number;
  col: number;
  value?: string | number | boolean | null;
  error?: string;
  formula?: string;
  text?: string;
  numberFormat?: string;
  /** "RRGGBB", "#RRGGBB" or ExcelJS ARGB "FFRRGGBB". */
  fill?: string;
  /** A patterned, tinted or theme fill (with `fill` as its background colour). */
  fillStyle?: FakeFillStyle;
  bold?: boolean;
  note?: string;
}

export interface FakeSheetSeed {
  name: string;
  cells?: readonly FakeCellSeed[];
  merges?: readonly Rect[];
  hiddenRows?: readonly number[];
  protected?: boolean;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

/** What `createFakeExcel` starts from. */
export interface FakeWorkbookSeed {
  sheets: readonly FakeSheetSeed[];
  settings?: Readonly<Record<string, unknown>>;
  /** Workbook-scoped defined names: formula ("=\"text\"") by name, hidden as the tool writes its own. */
  names?: Readonly<Record<string, string>>;
}

/** A defined name's formula and whether Name Manager shows it. */
export interface FakeNameState {
  formula: string;
  visible: boolean;
}

export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / 16384);
}

export function keyCol(key: number): number {
  return key % 16384;
}
