import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject } from "./proxy";
import type { FakeNameState } from "./types";

/** The workbook's defined names, made on first use (a seed without names has none). */
function namesOf(ctx: FakeRequestContext): Map<string, FakeNameState> {
  ctx.host.state.names ??= new Map();
  return ctx.host.state.names;
}

/** Excel compares defined names without case. */
function find(ctx: FakeRequestContext, name: string): [string, FakeNameState] | undefined {
  const key = name.toLowerCase();
  for (const entry of namesOf(ctx)) if (entry[0].toLowerCase() === key) return entry;
  return undefined;
}

/** One workbook-scoped defined name (NamedItem): its formula and whether it shows in Name Manager. */
export class FakeNamedItem extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly _name: string
  ) {
    super(ctx, "NamedItem");
  }

  _isNull(): boolean {
    return find(this.context, this._name) === undefined;
  }

  protected _scalars(): readonly string[] {
    return ["name", "formula", "visible"];
  }

  protected _read(name: string): unknown {
    const entry = find(this.context, this._name);
    if (!entry) throw itemNotFound(`name "${this._name}"`);
    return name === "name" ? entry[0] : name === "formula" ? entry[1].formula : entry[1].visible;
  }

  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v, () => {
      const entry = find(this.context, this._name);
      if (!entry) throw itemNotFound(`name "${this._name}"`);
      entry[1].formula = v;
    });
  }

  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, () => {
      const entry = find(this.context, this._name);
      if (!entry) throw itemNotFound(`name "${this._name}"`);
      entry[1].visible = v;
    });
  }

  delete(): void {
    this._call("delete", [this._name], () => {
      const entry = find(this.context, this._name);
      if (entry) namesOf(this.context).delete(entry[0]);
    });
  }
}

/** Workbook.names: add (ExcelApi 1.4) and getItemOrNullObject (1.4), as the adapter uses them. */
export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "NamedItemCollection");
  }

  protected _itemsNow(): FakeNamedItem[] {
    return [...namesOf(this.context).keys()].map((k) => new FakeNamedItem(this.context, k));
  }

  add(name: string, reference: string): FakeNamedItem {
    this._call("add", [name, reference], () => {
      if (!/^[A-Za-z_\\][\w.]*$/.test(name)) throw invalidArgument(`bad name "${name}"`);
      if (find(this.context, name)) throw invalidArgument(`the name "${name}" already exists`);
      namesOf(this.context).set(name, { formula: reference, visible: true });
    });
    return new FakeNamedItem(this.context, name);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.context, name);
    this.context.enqueue({
      target: item,
      always: true,
      request: { call: "getItemOrNullObject", args: [name] },
      apply: () => {
        const isNull = item._isNull();
        return { commit: () => (item._nullState = isNull) };
      },
    });
    return item;
  }
}
