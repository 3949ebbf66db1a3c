import type { FakeRequestContext } from "./context";
import { propertyNotLoaded } from "./errors";

/** The forms `load()` accepts in Office.js: "a,b/c", ["a", "b/c"], { select, expand } or { a: true, b: { c: true } }. */
export type LoadSpec = string | readonly string[] | { [key: string]: unknown };

function fromObject(o: { [key: string]: unknown }, prefix: string[], out: string[][]): void {
  for (const [k, v] of Object.entries(o)) {
    if (k === "$all" || k === "$top" || k === "$skip") continue;
    if (v === true) out.push([...prefix, k]);
    else if (v && typeof v === "object") {
      const before = out.length;
      fromObject(v as { [key: string]: unknown }, [...prefix, k], out);
      if (out.length === before) out.push([...prefix, k]);
    }
  }
}

/** Normalises a load spec to property paths; an empty list means "every scalar property". */
export function parseLoadSpec(spec: LoadSpec | undefined): string[][] {
  if (spec === undefined) return [];
  const fromString = (s: string): string[][] =>
    s
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => p.split("/").map((seg) => seg.trim()));
  if (typeof spec === "string") return fromString(spec);
  if (Array.isArray(spec)) return (spec as readonly string[]).flatMap(fromString);
  const o = spec as { [key: string]: unknown };
  if (typeof o.select === "string" || typeof o.expand === "string") {
    return [
      ...fromString(typeof o.select === "string" ? o.select : ""),
      ...fromString(typeof o.expand === "string" ? o.expand : ""),
    ];
  }
  const out: string[][] = [];
  fromObject(o, [], out);
  return out;
}

/** A loaded value waiting for the sync's response to be accepted. */
export type Staged = [FakeClientObject, string, unknown];

/**
 * Base of every proxy, like OfficeExtension.ClientObject: properties can be read only after `load()` and
 * `context.sync()`; setters and methods queue commands that run at the next sync.
 */
export abstract class FakeClientObject {
  /** @internal values delivered by a sync */
  readonly _loaded = new Map<string, unknown>();
  /** @internal set at the sync that resolves this proxy */
  _nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly _type: string
  ) {}

  /** @internal Whether this proxy (or one it hangs from) is a null object; throws when a plain lookup fails. */
  abstract _isNull(): boolean;

  /** Scalar properties that `load()` with no argument brings back. */
  protected abstract _scalars(): readonly string[];

  /** Current value of a scalar property, read from the workbook at sync time. */
  protected abstract _read(name: string): unknown;

  /** Navigation properties (format, fill, protection…). */
  protected _child(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._nullState === undefined) throw propertyNotLoaded("isNullObject", this._type);
    return this._nullState;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context.enqueue({
      target: this,
      always: true,
      request: { load: paths.map((p) => p.join("/")) },
      apply: () => {
        for (const p of paths) this._requirePath(p);
        if (this._isNull()) return { commit: () => (this._nullState = true) };
        const staged: Staged[] = [];
        this._collect(paths, staged);
        return {
          response: staged.map((s) => s[2]),
          commit: () => {
            this._nullState = false;
            for (const [o, name, v] of staged) {
              o._loaded.set(name, v);
              if (o._nullState === undefined) o._nullState = false;
            }
          },
        };
      },
    });
    return this;
  }

  /** @internal Refuses a loaded property (or a navigation on the way to it) above the host's version. */
  _requirePath(path: readonly string[]): void {
    const [head, ...rest] = path;
    if (head === undefined || head === "items") return;
    this.context.host.require(`${this._type}.${head}`);
    const child = rest.length ? this._child(head) : undefined;
    child?._requirePath(rest);
  }

  /** @internal */
  _collect(paths: string[][], out: Staged[]): void {
    const scalars = this._scalars();
    if (paths.length === 0) {
      for (const name of scalars) out.push([this, name, this._read(name)]);
      return;
    }
    for (const p of paths) {
      const [head, ...rest] = p;
      if (head === undefined) continue;
      if (rest.length === 0 && scalars.includes(head)) {
        out.push([this, head, this._read(head)]);
        continue;
      }
      const child = this._child(head);
      if (child) child._collect(rest.length ? [rest] : [], out);
      else if (scalars.includes(head)) out.push([this, head, this._read(head)]);
    }
  }

  /** Reads a loaded property, throwing PropertyNotLoaded like Office.js when it was not loaded. */
  protected _get<T>(name: string): T {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name, this._type);
    return this._loaded.get(name) as T;
  }

  /** Queues a property set. */
  protected _set(name: string, value: unknown, apply: () => void): void {
    const member = `${this._type}.${name}`;
    this.context.enqueue({
      target: this,
      request: { set: name, value },
      apply: () => {
        this.context.host.require(member);
        apply();
      },
    });
  }

  /** Queues a method call. */
  protected _call(name: string, args: unknown, apply: () => OpResult | void): void {
    // "onChanged.add" is the event's member
    const member = `${this._type}.${name.split(".")[0] ?? name}`;
    this.context.enqueue({
      target: this,
      request: { call: name, args },
      apply: () => {
        this.context.host.require(member);
        return apply();
      },
    });
  }

  /** Queues the command that created this proxy (getItem, getRange…): it resolves `isNullObject`. */
  protected _created(method: string, args: unknown, on?: string): void {
    this.context.enqueue({
      target: this,
      always: true,
      request: { call: method, args },
      apply: () => {
        if (on) this.context.host.require(`${on}.${method}`);
        const isNull = this._isNull();
        return { commit: () => (this._nullState = isNull) };
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

type OpResult = { response?: unknown; commit?: () => void };

/** Like OfficeExtension.ClientResult: `value` is readable after the sync. */
export class FakeClientResult<T> {
  private _v: { value: T } | undefined;

  /** @internal */
  _resolve(v: T): void {
    this._v = { value: v };
  }

  get value(): T {
    if (!this._v) throw propertyNotLoaded("value", "ClientResult");
    return this._v.value;
  }
}
