import { rectA1 } from "./address";
import { writeInput } from "./cells";
import { readCellProps, writeCellProps, type CellPropsWanted } from "./cellProperties";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import type { FakeRequestContext } from "./context";
import { FakeDataValidation } from "./dataValidation";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeRangeFormat, type FormatTarget, type Resolved } from "./format";
import { FakeClientObject, FakeClientResult } from "./proxy";
import { FakeRangeAreas } from "./rangeAreas";
import {
  clearCells,
  mergeCells,
  mergedAreas,
  RANGE_SCALARS,
  readRangeProperty,
  specialCells,
  writeHyperlink,
  writeMatrix,
} from "./rangeCells";
import type { FakeCell, FakeHyperlink, Rect } from "./types";
import type { FakeWorksheet } from "./worksheet";

type Matrix = unknown[][];

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
    return readRangeProperty(sheet, rect, name);
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
      writeHyperlink(sheet, rect, v);
    });
  }

  private writeCells(v: unknown, fn: (cell: FakeCell, x: unknown) => void): void {
    this._touch();
    const { sheet, rect } = this._must();
    writeMatrix(sheet, rect, v, fn);
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
      const out = readCellProps(sheet, rect, wanted);
      return { response: out, commit: () => result._resolve(out) };
    });
    return result;
  }

  /** Sets per-cell formats (ExcelApi 1.9): fill colour (pattern "None" clears) and font. */
  setCellProperties(cellProperties: Record<string, unknown>[][]): void {
    this._call("setCellProperties", cellProperties, () => {
      this._touch();
      const { sheet, rect } = this._must();
      writeCellProps(sheet, rect, cellProperties);
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const base = this._resolve();
        return base ? mergedAreas(base) : null;
      },
      { method: "getMergedAreasOrNullObject", args: [], on: "Range" }
    );
  }

  /** Only "Visible" is modelled: see rangeCells.ts. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const base = this._resolve();
        return base ? specialCells(base, cellType) : null;
      },
      { method: "getSpecialCellsOrNullObject", args: [cellType], on: "Range" }
    );
  }

  merge(across = false): void {
    this._call("merge", [across], () => {
      this._touch();
      const { sheet, rect } = this._must();
      mergeCells(sheet, rect, across);
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
      clearCells(sheet, rect, applyTo);
    });
  }
}
