import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject, FakeClientResult, type Staged } from "./proxy";
import type { FakeRange } from "./range";
import { FakeConditionalRangeFormat } from "./conditionalRangeFormat";
import type { FakeConditionalFormatState, FakeSheetState, Rect } from "./types";

/**
 * Range.conditionalFormats (ExcelApi 1.6) as the Office.js reference describes it: the collection holds
 * the formats that intersect the range; `add(type)` puts a new format at the first (top) priority; a
 * format's `id` is its priority in the collection (so it moves when formats are added or deleted);
 * `cellValue` reaches a CellValue format's rule and format, `cellValueOrNullObject` is a null object on
 * any other type. The fake models the CellValue type (the add-in's colour rules) fully and refuses the
 * types it does not model rather than pretend.
 */
const MODELLED_TYPES = ["CellValue"] as const;
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function formatsOf(sheet: FakeSheetState): FakeConditionalFormatState[] {
  return (sheet.conditionalFormats ??= []);
}

/** The collection for one range: the sheet's formats that intersect it, in priority order. */
export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange
  ) {
    super(ctx, "ConditionalFormatCollection");
  }

  /** @internal */
  _inRange(): { sheet: FakeSheetState; list: FakeConditionalFormatState[] } {
    this.context.host.require("Range.conditionalFormats");
    const { sheet, rect } = this.range._must();
    return { sheet, list: formatsOf(sheet).filter((f) => overlaps(f.rect, rect)) };
  }

  protected _itemsNow(): FakeConditionalFormat[] {
    const { list } = this._inRange();
    return list.map((f) => new FakeConditionalFormat(this.context, this, () => f.key));
  }

  add(type: string): FakeConditionalFormat {
    let key: number | null = null;
    const added = new FakeConditionalFormat(this.context, this, () => key);
    this._call("add", [type], () => {
      if (!(MODELLED_TYPES as readonly string[]).includes(type))
        throw invalidArgument(`conditional format type "${type}" (the fake models CellValue)`);
      const { sheet, rect } = this.range._must();
      this.context.host.assertWritable(sheet);
      key = Number(this.context.host.newId(""));
      formatsOf(sheet).unshift({
        key,
        rect: { ...rect },
        type: "CellValue",
        rule: {},
        stopIfTrue: false,
      });
    });
    return added;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._call("getCount", [], () => {
      const n = this._inRange().list.length;
      return { response: n, commit: () => result._resolve(n) };
    });
    return result;
  }

  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, this, () => {
      const f = this._inRange().list[index];
      if (!f) throw itemNotFound(`conditional format ${index}`);
      return f.key;
    });
  }

  clearAll(): void {
    this._call("clearAll", [], () => {
      const { sheet, list } = this._inRange();
      this.context.host.assertWritable(sheet);
      sheet.conditionalFormats = formatsOf(sheet).filter((f) => !list.includes(f));
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject {
  readonly cellValue: FakeCellValueConditionalFormat;
  readonly cellValueOrNullObject: FakeCellValueConditionalFormat;

  constructor(
    ctx: FakeRequestContext,
    private readonly owner: FakeConditionalFormatCollection,
    private readonly key: () => number | null
  ) {
    super(ctx, "ConditionalFormat");
    this.cellValue = new FakeCellValueConditionalFormat(ctx, this, false);
    this.cellValueOrNullObject = new FakeCellValueConditionalFormat(ctx, this, true);
  }

  /** @internal the format's state and its sheet; ItemNotFound once it has been deleted */
  _state(): { sheet: FakeSheetState; f: FakeConditionalFormatState } {
    const { sheet } = this.owner._inRange();
    const k = this.key();
    const f = formatsOf(sheet).find((x) => x.key === k);
    if (!f) throw itemNotFound("conditional format");
    return { sheet, f };
  }

  _isNull(): boolean {
    return false;
  }

  protected _scalars(): readonly string[] {
    return ["id", "priority", "stopIfTrue", "type"];
  }

  protected override _child(name: string): FakeClientObject | undefined {
    if (name === "cellValue") return this.cellValue;
    if (name === "cellValueOrNullObject") return this.cellValueOrNullObject;
    return undefined;
  }

  protected _read(name: string): unknown {
    const { sheet, f } = this._state();
    const priority = formatsOf(sheet).indexOf(f);
    if (name === "id") return String(this.owner._inRange().list.indexOf(f));
    if (name === "priority") return priority;
    if (name === "stopIfTrue") return f.stopIfTrue;
    return name === "type" ? f.type : undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set("stopIfTrue", v, () => {
      const { sheet, f } = this._state();
      this.context.host.assertWritable(sheet);
      f.stopIfTrue = v;
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, f } = this._state();
      this.context.host.assertWritable(sheet);
      sheet.conditionalFormats = formatsOf(sheet).filter((x) => x !== f);
    });
  }
}

/** A CellValue format's rule and format; as `…OrNullObject` it is a null object on any other type. */
export class FakeCellValueConditionalFormat extends FakeClientObject {
  readonly format: FakeConditionalRangeFormat;

  constructor(
    ctx: FakeRequestContext,
    readonly cf: FakeConditionalFormat,
    private readonly nullable: boolean
  ) {
    super(ctx, "CellValueConditionalFormat");
    this.format = new FakeConditionalRangeFormat(ctx, this);
  }

  _isNull(): boolean {
    const { f } = this.cf._state();
    if (f.type === "CellValue") return false;
    if (this.nullable) return true;
    throw new FakeOfficeError("InvalidOperation", `The conditional format is of type ${f.type}.`);
  }

  /** A null object's load brings back only that it is null. */
  override _collect(paths: string[][], out: Staged[]): void {
    const isNull = this._isNull();
    out.push([this, "$null", isNull]);
    if (!isNull) super._collect(paths, out);
  }

  override get isNullObject(): boolean {
    if (this._loaded.has("$null")) return this._loaded.get("$null") as boolean;
    return super.isNullObject;
  }

  /** @internal */
  _state(): { sheet: FakeSheetState; f: FakeConditionalFormatState } {
    if (this._isNull()) throw itemNotFound("cell value conditional format");
    return this.cf._state();
  }

  protected _scalars(): readonly string[] {
    return ["rule"];
  }

  protected override _child(name: string): FakeClientObject | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected _read(name: string): unknown {
    return name === "rule" ? { ...this._state().f.rule } : undefined;
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: { formula1: string; formula2?: string; operator: string }) {
    this._set("rule", v, () => {
      const { sheet, f } = this._state();
      if (!CELL_VALUE_OPERATORS.includes(v.operator) || typeof v.formula1 !== "string")
        throw invalidArgument(`cell value rule ${JSON.stringify(v)}`);
      if ((v.operator === "Between" || v.operator === "NotBetween") && v.formula2 === undefined)
        throw invalidArgument(`${v.operator} without formula2`);
      this.context.host.assertWritable(sheet);
      f.rule = { ...v };
    });
  }
}
