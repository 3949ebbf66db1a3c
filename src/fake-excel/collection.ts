import { FakeClientObject, type Staged } from "./proxy";

/**
 * A collection proxy (worksheets, tables, notes, settings…): `items` is readable after a load. A load of
 * "items/name" or of plain "name" loads that property on every item.
 */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  /** @internal proxies for the items as they are when the load runs */
  protected abstract _itemsNow(): T[];

  _isNull(): boolean {
    return false;
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(): unknown {
    return undefined;
  }

  override _collect(paths: string[][], out: Staged[]): void {
    const items = this._itemsNow();
    const sub = paths.map((p) => (p[0] === "items" ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of items) item._collect(sub, out);
    out.push([this, "items", items]);
  }

  get items(): T[] {
    return this._get("items");
  }
}
