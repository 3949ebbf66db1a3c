import { cellAt, eachCell, normalizeColor } from "./cells";
import { clearFill, FILL_PROPERTY_NAMES, readFill, writeFillProperty } from "./fill";
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { FakeClientObject } from "./proxy";
import type { FakeCell, FakeSheetState, Rect } from "./types";

/** What a range or range-areas proxy resolves to at sync time. */
export interface Resolved {
  sheet: FakeSheetState;
  rect: Rect;
}

/** The cells a format proxy acts on (one rectangle for a Range, several for RangeAreas). */
export interface FormatTarget {
  _isNull(): boolean;
  /** @internal resolved rectangles; throws when the owner cannot be resolved */
  _rects(): Resolved[];
  /** @internal records a write for onChanged and refuses protected sheets */
  _touch(): void;
}

export { NO_FILL_COLOR } from "./fill";

function uniformOver<T>(rects: Resolved[], read: (c: FakeCell | undefined) => T): T | null {
  let first: { v: T } | undefined;
  for (const { sheet, rect } of rects) {
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        const v = read(cellAt(sheet, row, col));
        if (!first) first = { v };
        else if (first.v !== v) return null;
      }
    }
  }
  return first ? first.v : null;
}

function eachTargetCell(t: FormatTarget, fn: (c: FakeCell) => void): void {
  for (const { sheet, rect } of t._rects()) eachCell(sheet, rect, (c) => fn(c));
}

abstract class FormatPart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    type: string,
    protected readonly target: FormatTarget
  ) {
    super(ctx, type);
  }

  _isNull(): boolean {
    return this.target._isNull();
  }

  protected setCells(name: string, value: unknown, fn: (c: FakeCell) => void): void {
    this._set(name, value, () => {
      this.target._touch();
      eachTargetCell(this.target, fn);
    });
  }
}

/** Range.format.fill: colour, pattern, pattern colour and tints (see fill.ts). */
export class FakeRangeFill extends FormatPart {
  constructor(ctx: FakeRequestContext, target: FormatTarget) {
    super(ctx, "RangeFill", target);
  }

  protected _scalars(): readonly string[] {
    return FILL_PROPERTY_NAMES;
  }

  protected _read(name: string): unknown {
    const key = name as (typeof FILL_PROPERTY_NAMES)[number];
    return uniformOver(this.target._rects(), (c) => readFill(c)[key]);
  }

  private setFill(name: string, v: unknown): void {
    this._set(name, v, () => {
      this.target._touch();
      eachTargetCell(this.target, (c) => writeFillProperty(c, name, v));
    });
  }

  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.setFill("color", v);
  }
  get pattern(): string {
    return this._get("pattern");
  }
  set pattern(v: string) {
    this.setFill("pattern", v);
  }
  get patternColor(): string {
    return this._get("patternColor");
  }
  set patternColor(v: string) {
    this.setFill("patternColor", v);
  }
  get tintAndShade(): number {
    return this._get("tintAndShade");
  }
  set tintAndShade(v: number) {
    this.setFill("tintAndShade", v);
  }
  get patternTintAndShade(): number {
    return this._get("patternTintAndShade");
  }
  set patternTintAndShade(v: number) {
    this.setFill("patternTintAndShade", v);
  }

  clear(): void {
    this._call("clear", [], () => {
      this.target._touch();
      eachTargetCell(this.target, clearFill);
    });
  }
}

export class FakeRangeFont extends FormatPart {
  constructor(ctx: FakeRequestContext, target: FormatTarget) {
    super(ctx, "RangeFont", target);
  }

  protected _scalars(): readonly string[] {
    return ["bold", "color"];
  }

  protected _read(name: string): unknown {
    const rects = this.target._rects();
    if (name === "bold") return uniformOver(rects, (c) => c?.bold ?? false);
    return uniformOver(rects, (c) => c?.fontColor ?? "#000000");
  }

  get bold(): boolean {
    return this._get("bold");
  }

  set bold(v: boolean) {
    this.setCells("bold", v, (c) => (c.bold = v));
  }

  get color(): string {
    return this._get("color");
  }

  set color(v: string) {
    const color = normalizeColor(v) ?? v;
    this.setCells("color", v, (c) => (c.fontColor = color));
  }
}

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

export class FakeRangeFormat extends FormatPart {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(ctx: FakeRequestContext, target: FormatTarget) {
    super(ctx, "RangeFormat", target);
    this.fill = new FakeRangeFill(ctx, target);
    this.font = new FakeRangeFont(ctx, target);
  }

  protected _scalars(): readonly string[] {
    return ["columnWidth", "wrapText"];
  }

  protected override _child(name: string): FakeClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  protected _read(name: string): unknown {
    const rects = this.target._rects();
    if (name === "wrapText") return uniformOver(rects, (c) => c?.wrap ?? false);
    let width: number | null | undefined;
    for (const { sheet, rect } of rects) {
      for (let col = rect.left; col <= rect.right; col++) {
        const w = sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
        if (width === undefined) width = w;
        else if (width !== w) return null;
      }
    }
    return width ?? null;
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }

  set columnWidth(v: number) {
    this._set("columnWidth", v, () => {
      if (!(v >= 0)) throw invalidArgument(`column width ${v}`);
      this.target._touch();
      for (const { sheet, rect } of this.target._rects()) {
        for (let col = rect.left; col <= rect.right; col++) sheet.columnWidths.set(col, v);
      }
    });
  }

  get wrapText(): boolean {
    return this._get("wrapText");
  }

  set wrapText(v: boolean) {
    this.setCells("wrapText", v, (c) => (c.wrap = v));
  }

  autofitColumns(): void {
    this._call("autofitColumns", [], () => undefined);
  }
}
