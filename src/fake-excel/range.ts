import { qualified, rectA1 } from "./address";
import {
  cellAt,
  eachCell,
  formulaOf,
  normalizeColor,
  numberFormatOf,
  readGrid,
  textOf,
  valueOf,
  valueTypeOf,
  writeInput,
} from "./cells";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import type { FakeRequestContext } from "./context";
import { FakeDataValidation } from "./dataValidation";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { clearFill, FILL_PROPERTY_NAMES, readFill, writeFill } from "./fill";
import { FakeRangeFormat, type FormatTarget, type Resolved } from "./format";
import { FakeClientObject, FakeClientResult } from "./proxy";
import { FakeRangeAreas } from "./rangeAreas";
import type { FakeCell, FakeHyperlink, Rect } from "./types";
import type { FakeWorksheet } from "./worksheet";

type Matrix = unknown[][];

/** getMergedAreasOrNullObject fails on a range with more merged areas than this (its documentation). */
export const MAX_MERGED_AREAS = 512;

const RANGE_SCALARS = [
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

/** Which per-cell properties getCellProperties was asked for. */
interface CellPropsWanted {
  address?: boolean;
  format?: {
    fill?: Partial<Record<(typeof FILL_PROPERTY_NAMES)[number], boolean>>;
    font?: { bold?: boolean; color?: boolean };
    wrapText?: boolean;
  };
}

/** A rectangle of one sheet, like Excel.Range. Its position is resolved at the sync that creates it. */
export class FakeRange extends FakeClientObject implements FormatTarget {
  readonly format: FakeRangeFormat;
  private dv: FakeDataValidation | undefined;
  private cfs: FakeConditionalFormatCollection | undefined;
  private cache: { r: Resolved | null } | undefined;

  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: () => Resolved | null,
    readonly worksheet: FakeWorksheet,
    createdBy?: { method: string; args: unknown; on?: string }
  ) {
    super(ctx, "Range");
    this.format = new FakeRangeFormat(ctx, this);
    if (createdBy) this._created(createdBy.method, createdBy.args, createdBy.on);
  }

  /** @internal */
  _resolve(): Resolved | null {
    if (!this.cache) this.cache = { r: this.resolver() };
    return this.cache.r;
  }

  _isNull(): boolean {
    return this._resolve() === null;
  }

  /** @internal */
  _must(): Resolved {
    const r = this._resolve();
    if (!r || !this.context.host.sheetById(r.sheet.id)) throw itemNotFound("range");
    return r;
  }

  /** @internal */
  _rects(): Resolved[] {
    return [this._must()];
  }

  /** @internal */
  _touch(): void {
    const { sheet, rect } = this._must();
    this.context.host.assertWritable(sheet);
    this.context.host.noteChange(sheet, rect, rectA1(rect));
  }

  protected _scalars(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected override _child(name: string): FakeClientObject | undefined {
    if (name === "dataValidation") return this.dataValidation;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return name === "format" ? this.format : undefined;
  }

  /** ExcelApi 1.8: see dataValidation.ts. */
  get dataValidation(): FakeDataValidation {
    return (this.dv ??= new FakeDataValidation(this.context, this));
  }

  /** ExcelApi 1.6: see conditionalFormats.ts. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.cfs ??= new FakeConditionalFormatCollection(this.context, this));
  }

  protected _read(name: string): unknown {
    const { sheet, rect } = this._must();
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

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): Matrix {
    return this._get("values");
  }
  set values(v: Matrix) {
    this._set("values", v, () => this.writeCells(v, writeInput));
  }

  get formulas(): Matrix {
    return this._get("formulas");
  }
  set formulas(v: Matrix) {
    this._set("formulas", v, () => this.writeCells(v, writeInput));
  }

  get numberFormat(): Matrix {
    return this._get("numberFormat");
  }
  set numberFormat(v: Matrix) {
    this._set("numberFormat", v, () =>
      this.writeCells(v, (cell, x) => {
        if (x === null || x === undefined) return;
        cell.numberFormat = String(x);
        delete cell.text;
      })
    );
  }

  get hyperlink(): FakeHyperlink | null {
    return this._get("hyperlink");
  }
  set hyperlink(v: FakeHyperlink) {
    this._set("hyperlink", v, () => {
      this._touch();
      const { sheet, rect } = this._must();
      eachCell(sheet, rect, (cell) => {
        cell.hyperlink = { ...v };
        // Excel shows textToDisplay as the cell's value, literally
        if (v.textToDisplay !== undefined) {
          cell.value = v.textToDisplay;
          delete cell.formula;
          delete cell.text;
        }
      });
    });
  }

  /** Applies a 2-D input (or one value for every cell), refusing a shape that does not match. */
  private writeCells(v: unknown, fn: (cell: FakeCell, x: unknown) => void): void {
    this._touch();
    const { sheet, rect } = this._must();
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

  private derived(method: string, args: unknown, f: (r: Rect) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const base = this._resolve();
        if (!base) return null;
        const rect = f(base.rect);
        if (rect.top < 1 || rect.left < 1 || rect.bottom < rect.top || rect.right < rect.left) {
          throw invalidArgument(`${method}(${JSON.stringify(args)})`);
        }
        return { sheet: base.sheet, rect };
      },
      this.worksheet,
      { method, args, on: "Range" }
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", [row, column], (r) => ({
      top: r.top + row,
      left: r.left + column,
      bottom: r.top + row,
      right: r.left + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      bottom: r.bottom + deltaRows,
      right: r.right + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (r) => ({
      top: r.top + rowOffset,
      bottom: r.bottom + rowOffset,
      left: r.left + columnOffset,
      right: r.right + columnOffset,
    }));
  }

  getRow(index: number): FakeRange {
    return this.derived("getRow", [index], (r) => ({
      ...r,
      top: r.top + index,
      bottom: r.top + index,
    }));
  }

  getColumn(index: number): FakeRange {
    return this.derived("getColumn", [index], (r) => ({
      ...r,
      left: r.left + index,
      right: r.left + index,
    }));
  }

  /**
   * Per-cell properties (ExcelApi 1.9). A cell with No Fill reports color "#FFFFFF" and pattern "None";
   * a white fill reports "#FFFFFF" and "Solid", which is how a caller tells them apart.
   */
  getCellProperties(wanted: CellPropsWanted): FakeClientResult<Record<string, unknown>[][]> {
    const result = new FakeClientResult<Record<string, unknown>[][]>();
    this._call("getCellProperties", wanted, () => {
      const { sheet, rect } = this._must();
      const out: Record<string, unknown>[][] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        const line: Record<string, unknown>[] = [];
        for (let col = rect.left; col <= rect.right; col++) {
          line.push(cellProps(cellAt(sheet, row, col), wanted, sheet.name, row, col));
        }
        out.push(line);
      }
      return { response: out, commit: () => result._resolve(out) };
    });
    return result;
  }

  /** Sets per-cell formats (ExcelApi 1.9): fill colour (pattern "None" clears) and font. */
  setCellProperties(cellProperties: Record<string, unknown>[][]): void {
    this._call("setCellProperties", cellProperties, () => {
      this._touch();
      const { sheet, rect } = this._must();
      eachCell(sheet, rect, (cell, row, col) => {
        const p = cellProperties[row - rect.top]?.[col - rect.left] as CellPropsInput | undefined;
        applyCellProps(cell, p);
      });
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const base = this._resolve();
        if (!base) return null;
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
      },
      { method: "getMergedAreasOrNullObject", args: [], on: "Range" }
    );
  }

  /** Only "Visible" is modelled: the range's rows that are not hidden, as bands; null when all are hidden. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const base = this._resolve();
        if (!base) return null;
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
      },
      { method: "getSpecialCellsOrNullObject", args: [cellType], on: "Range" }
    );
  }

  merge(across = false): void {
    this._call("merge", [across], () => {
      this._touch();
      const { sheet, rect } = this._must();
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
          if (row !== a.top || col !== a.left) {
            cell.value = null;
            delete cell.formula;
            delete cell.text;
          }
        });
      }
    });
  }

  select(): void {
    this._call("select", [], () => {
      const { sheet, rect } = this._must();
      this.context.host.state.selection = { sheetId: sheet.id, rect: { ...rect } };
      this.context.host.state.activeSheetId = sheet.id;
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this._call("clear", [applyTo], () => {
      this._touch();
      const { sheet, rect } = this._must();
      eachCell(sheet, rect, (cell) => {
        if (applyTo !== "Formats") {
          cell.value = null;
          delete cell.formula;
          delete cell.text;
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
    });
  }
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

interface CellPropsInput {
  format?: {
    fill?: Partial<Record<(typeof FILL_PROPERTY_NAMES)[number], unknown>>;
    font?: { bold?: boolean; color?: string };
    wrapText?: boolean;
  };
}

function applyCellProps(cell: FakeCell, p: CellPropsInput | undefined): void {
  const fill = p?.format?.fill;
  if (fill) writeFill(cell, fill);
  const font = p?.format?.font;
  if (font?.bold !== undefined) cell.bold = font.bold;
  if (font?.color !== undefined) cell.fontColor = normalizeColor(font.color) ?? font.color;
  if (p?.format?.wrapText !== undefined) cell.wrap = p.format.wrapText;
}

function cellProps(
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
