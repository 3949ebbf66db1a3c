import { qualified, rectA1 } from "./address";
import type { FakeRequestContext } from "./context";
import { itemNotFound } from "./errors";
import { FakeRangeFormat, type FormatTarget, type Resolved } from "./format";
import { FakeClientObject, type Staged } from "./proxy";
import { FakeRange } from "./range";

/** Several rectangles of one sheet, like Excel.RangeAreas ("A1:B2, D5"): one proxy, one command. */
export class FakeRangeAreas extends FakeClientObject implements FormatTarget {
  readonly format: FakeRangeFormat;
  readonly areas: FakeRangeCollection;
  private cache: { r: Resolved[] | null } | undefined;

  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: () => Resolved[] | null,
    createdBy: { method: string; args: unknown; on?: string }
  ) {
    super(ctx, "RangeAreas");
    this.format = new FakeRangeFormat(ctx, this);
    this.areas = new FakeRangeCollection(ctx, this);
    this._created(createdBy.method, createdBy.args, createdBy.on);
  }

  /** @internal */
  _resolve(): Resolved[] | null {
    if (!this.cache) this.cache = { r: this.resolver() };
    return this.cache.r;
  }

  _isNull(): boolean {
    return this._resolve() === null;
  }

  /** @internal */
  _rects(): Resolved[] {
    const r = this._resolve();
    if (!r) throw itemNotFound("range areas");
    return r;
  }

  /** @internal */
  _touch(): void {
    for (const { sheet, rect } of this._rects()) {
      this.context.host.assertWritable(sheet);
      this.context.host.noteChange(sheet, rect, rectA1(rect));
    }
  }

  protected _scalars(): readonly string[] {
    return ["address", "addressLocal", "areaCount", "cellCount"];
  }

  protected override _child(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "areas") return this.areas;
    return undefined;
  }

  protected _read(name: string): unknown {
    const rects = this._rects();
    if (name === "areaCount") return rects.length;
    if (name === "cellCount") {
      return rects.reduce(
        (n, { rect }) => n + (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1),
        0
      );
    }
    return rects.map(({ sheet, rect }) => qualified(sheet.name, rect)).join(", ");
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
}

/** RangeAreas.areas: each rectangle as a Range. */
export class FakeRangeCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly owner: FakeRangeAreas
  ) {
    super(ctx, "RangeCollection");
  }

  _isNull(): boolean {
    return this.owner._isNull();
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(): unknown {
    return undefined;
  }

  override _collect(paths: string[][], out: Staged[]): void {
    const items = this.owner
      ._rects()
      .map((r) => new FakeRange(this.context, () => r, this.owner as never));
    const sub = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of items) item._collect(sub, out);
    out.push([this, "items", items]);
  }

  get items(): FakeRange[] {
    return this._get("items");
  }
}
