import { cellAt, eachCell, normalizeColor } from "./cells";
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

/** No Fill reads back as white ("#FFFFFF") in Range.format.fill.color, as Excel reports it. */
export const NO_FILL_COLOR = "#FFFFFF";

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

/** Range.format.fill: a solid colour or No Fill. */
export class FakeRangeFill extends FormatPart {
  constructor(ctx: FakeRequestContext, target: FormatTarget) {
    super(ctx, "RangeFill", target);
  }

  protected _scalars(): readonly string[] {
    return ["color", "pattern"];
  }

  protected _read(name: string): unknown {
    const rects = this.target._rects();
    if (name === "color") return uniformOver(rects, (c) => c?.fill ?? NO_FILL_COLOR);
    return uniformOver(rects, (c) => (c?.fill ? "Solid" : "None"));
  }

  get color(): string {
    return this._get("color");
  }

  set color(v: string) {
    const color = normalizeColor(v);
    this._set("color", v, () => {
      if (!color) throw invalidArgument(`fill colour "${v}"`);
      this.target._touch();
      eachTargetCell(this.target, (c) => (c.fill = color));
    });
  }

  get pattern(): string {
    return this._get("pattern");
  }

  clear(): void {
    this._call("clear", [], () => {
      this.target._touch();
      eachTargetCell(this.target, (c) => delete c.fill);
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
