import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject, FakeClientResult } from "./proxy";

/** A custom XML part as the workbook stores it. */
export interface FakeCustomXmlPartState {
  readonly id: string;
  xml: string;
}

/** The namespace of the root element, which is what getByNamespace matches (Excel reads it the same way). */
function namespaceOf(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)\b[^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ""));
  if (!root?.[1]) throw invalidArgument("custom XML part is not XML");
  const prefix = root[1].includes(":") ? `:${root[1].split(":")[0] ?? ""}` : "";
  const m = new RegExp(`\\sxmlns${prefix}\\s*=\\s*(["'])(.*?)\\1`).exec(root[0]);
  return m?.[2] ?? "";
}

function partsOf(ctx: FakeRequestContext): FakeCustomXmlPartState[] {
  return (ctx.host.state.customXmlParts ??= []);
}

/** Workbook.customXmlParts' item (ExcelApi 1.5): id, namespaceUri, getXml, setXml, delete. */
export class FakeCustomXmlPart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly _id: string
  ) {
    super(ctx, "CustomXmlPart");
  }

  private _state(): FakeCustomXmlPartState | undefined {
    return partsOf(this.context).find((p) => p.id === this._id);
  }

  _isNull(): boolean {
    return this._state() === undefined;
  }

  protected _scalars(): readonly string[] {
    return ["id", "namespaceUri"];
  }

  protected _read(name: string): unknown {
    const s = this._state();
    if (!s) throw itemNotFound(`custom XML part "${this._id}"`);
    return name === "id" ? s.id : namespaceOf(s.xml);
  }

  get id(): string {
    return this._get("id");
  }
  get namespaceUri(): string {
    return this._get("namespaceUri");
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this._call("getXml", [], () => {
      const s = this._state();
      if (!s) throw itemNotFound(`custom XML part "${this._id}"`);
      const xml = s.xml;
      return { response: xml, commit: () => result._resolve(xml) };
    });
    return result;
  }

  setXml(xml: string): void {
    this._call("setXml", [xml], () => {
      this.context.host.assertEditable();
      const s = this._state();
      if (!s) throw itemNotFound(`custom XML part "${this._id}"`);
      namespaceOf(xml);
      s.xml = xml;
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      this.context.host.assertEditable();
      const parts = partsOf(this.context);
      const i = parts.findIndex((p) => p.id === this._id);
      if (i >= 0) parts.splice(i, 1);
    });
  }
}

/** The parts of one namespace (getByNamespace): what exists when the load or lookup runs. */
export class FakeCustomXmlPartScopedCollection extends FakeCollection<FakeCustomXmlPart> {
  constructor(
    ctx: FakeRequestContext,
    private readonly _namespace: string | null
  ) {
    super(ctx, _namespace === null ? "CustomXmlPartCollection" : "CustomXmlPartScopedCollection");
  }

  protected _itemsNow(): FakeCustomXmlPart[] {
    return partsOf(this.context)
      .filter((p) => this._namespace === null || namespaceOf(p.xml) === this._namespace)
      .map((p) => new FakeCustomXmlPart(this.context, p.id));
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._call("getCount", [], () => {
      const n = this._itemsNow().length;
      return { response: n, commit: () => result._resolve(n) };
    });
    return result;
  }

  /** The only part of the namespace, or a null object when there is none (an error when several). */
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    const holder = { id: "" };
    const part = new FakeCustomXmlPart(this.context, "");
    this.context.enqueue({
      target: part,
      always: true,
      request: { call: "getOnlyItemOrNullObject", args: [] },
      apply: () => {
        const items = this._itemsNow();
        if (items.length > 1) throw invalidArgument("more than one custom XML part");
        holder.id = items[0]?._id ?? "";
        return {
          commit: () => {
            (part as { _id: string })._id = holder.id;
            part._nullState = items.length === 0;
          },
        };
      },
    });
    return part;
  }
}

/** Workbook.customXmlParts: add and getByNamespace, saved with the document. */
export class FakeCustomXmlPartCollection extends FakeCustomXmlPartScopedCollection {
  constructor(ctx: FakeRequestContext) {
    super(ctx, null);
  }

  add(xml: string): FakeCustomXmlPart {
    const id = `{${this.context.host.newId("CXP-")}}`;
    this._call("add", [xml], () => {
      this.context.host.assertEditable();
      namespaceOf(xml);
      partsOf(this.context).push({ id, xml });
    });
    return new FakeCustomXmlPart(this.context, id);
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.context, namespaceUri);
  }
}
