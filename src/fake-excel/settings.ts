import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject } from "./proxy";

/** One document setting. Office stores the value as JSON and hands back the parsed value. */
export class FakeSetting extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    readonly _key: string
  ) {
    super(ctx, "Setting");
  }

  _isNull(): boolean {
    return !this.context.host.state.settings.has(this._key);
  }

  protected _scalars(): readonly string[] {
    return ["key", "value"];
  }

  protected _read(name: string): unknown {
    const raw = this.context.host.state.settings.get(this._key);
    if (raw === undefined) throw itemNotFound(`setting "${this._key}"`);
    return name === "key" ? this._key : JSON.parse(raw);
  }

  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, () => {
      this.context.host.assertEditable();
      if (!this.context.host.state.settings.has(this._key))
        throw itemNotFound(`setting "${this._key}"`);
      this.context.host.state.settings.set(this._key, JSON.stringify(v));
    });
  }

  delete(): void {
    this._call("delete", [this._key], () => {
      this.context.host.assertEditable();
      this.context.host.state.settings.delete(this._key);
    });
  }
}

/** Workbook.settings: saved with the document, so they survive save and reopen. */
export class FakeSettingCollection extends FakeCollection<FakeSetting> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "SettingCollection");
  }

  protected _itemsNow(): FakeSetting[] {
    return [...this.context.host.state.settings.keys()].map(
      (k) => new FakeSetting(this.context, k)
    );
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): FakeSetting {
    this._call("add", [key, value], () => {
      this.context.host.assertEditable();
      if (!key) throw invalidArgument("empty setting key");
      const json = JSON.stringify(value);
      if (json === undefined) throw invalidArgument(`setting "${key}" is not JSON`);
      this.context.host.state.settings.set(key, json);
    });
    return new FakeSetting(this.context, key);
  }

  getItem(key: string): FakeSetting {
    const s = new FakeSetting(this.context, key);
    this.context.enqueue({
      target: s,
      always: true,
      request: { call: "getItem", args: [key] },
      apply: () => {
        if (s._isNull()) throw itemNotFound(`setting "${key}"`);
        return { commit: () => (s._nullState = false) };
      },
    });
    return s;
  }

  getItemOrNullObject(key: string): FakeSetting {
    const s = new FakeSetting(this.context, key);
    this.context.enqueue({
      target: s,
      always: true,
      request: { call: "getItemOrNullObject", args: [key] },
      apply: () => {
        const isNull = s._isNull();
        return { commit: () => (s._nullState = isNull) };
      },
    });
    return s;
  }
}
