import { normalizeColor } from "./cells";
import type { FakeCellValueConditionalFormat } from "./conditionalFormats";
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { FakeClientObject } from "./proxy";

/** The format a conditional format shows: fill colour and font colour (what the fake models). */
export class FakeConditionalRangeFormat extends FakeClientObject {
  readonly fill: FakeConditionalColour;
  readonly font: FakeConditionalColour;

  constructor(
    ctx: FakeRequestContext,
    readonly owner: FakeCellValueConditionalFormat
  ) {
    super(ctx, "ConditionalRangeFormat");
    this.fill = new FakeConditionalColour(ctx, owner, "ConditionalRangeFill", "fill");
    this.font = new FakeConditionalColour(ctx, owner, "ConditionalRangeFont", "fontColor");
  }

  _isNull(): boolean {
    return this.owner._isNull();
  }
  protected _scalars(): readonly string[] {
    return [];
  }
  protected override _child(name: string): FakeClientObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  protected _read(): unknown {
    return undefined;
  }
}

export class FakeConditionalColour extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly owner: FakeCellValueConditionalFormat,
    type: string,
    private readonly field: "fill" | "fontColor"
  ) {
    super(ctx, type);
  }

  _isNull(): boolean {
    return this.owner._isNull();
  }
  protected _scalars(): readonly string[] {
    return ["color"];
  }
  protected _read(name: string): unknown {
    return name === "color" ? (this.owner._state().f[this.field] ?? null) : undefined;
  }
  get color(): string | null {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, () => {
      const { sheet, f } = this.owner._state();
      const c = normalizeColor(v);
      if (!c) throw invalidArgument(`colour "${v}"`);
      this.context.host.assertWritable(sheet);
      f[this.field] = c;
    });
  }
}
