import {
  deflatePart,
  entryData,
  inflatePart,
  readZip,
  writeZip,
  type DeflatedPart,
  type ZipEntry,
  type ZipOutput,
} from "./zip";
import { attr, attrs, escapeXml, findElement, rootPrefix } from "./xml";

/** A relationship of a part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** "…/relationships/worksheet" → "worksheet". */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

/** The .rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part (absolute targets start at the root). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/\\/g, "/").replace(/^\/+/, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** A target for `to` written relative to `from`'s folder. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...Array<string>(a.length - i).fill(".."), ...b.slice(i)].join("/");
}

export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
    };
  });
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Appends relationships to a .rels part (created when null); returns the new XML and the ids given. */
export function addRels(
  xml: string | null,
  rels: ReadonlyArray<{ readonly type: string; readonly target: string }>
): { xml: string; ids: string[] } {
  const base =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const taken = new Set(parseRels(base).map((r) => r.id));
  const prefix = rootPrefix(base);
  const ids: string[] = [];
  let n = 1;
  const added = rels.map((r) => {
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    taken.add(id);
    ids.push(id);
    return `<${prefix}Relationship Id="${id}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;
  });
  const root = findElement(base, "Relationships");
  if (!root) throw new Error("a relationships part has no Relationships element");
  if (root.tag.endsWith("/>")) {
    const open = root.tag.replace(/\s*\/>$/, ">");
    return {
      xml: `${base.slice(0, root.start)}${open}${added.join("")}</${prefix}Relationships>${base.slice(root.end)}`,
      ids,
    };
  }
  return { xml: base.slice(0, root.innerEnd) + added.join("") + base.slice(root.innerEnd), ids };
}

/**
 * An .xlsx package held as its zip entries: parts are read on demand, and only the parts set here are
 * written anew; every other entry is copied byte for byte. Part names are looked up without case, as
 * Excel does (a "SharedStrings.xml" is the shared strings).
 */
export class Package {
  private readonly entries: ZipEntry[];
  private readonly byName: Map<string, ZipEntry> = new Map();
  // changed parts are held deflated, as they will be written: a checked copy of a large plan adds a
  // couple of hundred megabytes of XML (summary, notes, snapshot) that would otherwise all be in memory
  private readonly changed = new Map<string, { name: string; data: DeflatedPart }>();
  private readonly removed = new Set<string>();

  constructor(bytes: Uint8Array | Package) {
    if (bytes instanceof Package) {
      // a fork: the same input entries, its own copy of the changes so far
      this.entries = bytes.entries;
      this.byName = bytes.byName;
      for (const [k, v] of bytes.changed) this.changed.set(k, v);
      for (const k of bytes.removed) this.removed.add(k);
      return;
    }
    this.entries = readZip(bytes);
    for (const e of this.entries) this.byName.set(normal(e.name), e);
  }

  /** The stored name of a part (its case as in the zip), or null when absent. */
  nameOf(part: string): string | null {
    const key = normal(part);
    if (this.removed.has(key)) return null;
    return this.changed.get(key)?.name ?? this.byName.get(key)?.name ?? null;
  }

  has(part: string): boolean {
    return this.nameOf(part) !== null;
  }

  text(part: string): string | null {
    const key = normal(part);
    if (this.removed.has(key)) return null;
    const changed = this.changed.get(key);
    if (changed) return inflatePart(changed.data).toString("utf8");
    const e = this.byName.get(key);
    return e ? decode(entryData(e)) : null;
  }

  /** Replaces a part (keeping its stored name) or adds one. */
  set(part: string, text: string): void {
    const key = normal(part);
    const name = this.nameOf(part) ?? part;
    this.removed.delete(key);
    this.changed.set(key, { name, data: deflatePart(Buffer.from(text, "utf8")) });
  }

  /** Drops a part (the tool's own, being replaced). */
  remove(part: string): void {
    const key = normal(part);
    this.changed.delete(key);
    if (this.byName.has(key)) this.removed.add(key);
  }

  /** Every part name, stored case. */
  names(): string[] {
    const out = this.entries.filter((e) => !this.removed.has(normal(e.name))).map((e) => e.name);
    for (const [key, c] of this.changed) if (!this.byName.has(key)) out.push(c.name);
    return out;
  }

  /** A free part name from a pattern: "xl/worksheets/sheet{n}.xml". */
  freeName(pattern: string): string {
    for (let n = 1; ; n++) {
      const name = pattern.replace("{n}", String(n));
      if (!this.has(name)) return name;
    }
  }

  relsOf(part: string): Relationship[] {
    const xml = this.text(relsPathOf(part));
    return xml ? parseRels(xml) : [];
  }

  /** Adds relationships from `source`; returns their ids. */
  addRels(source: string, rels: ReadonlyArray<{ type: string; target: string }>): string[] {
    const path = relsPathOf(source);
    const out = addRels(this.text(path), rels);
    this.set(path, out.xml);
    return out.ids;
  }

  /** Writes the package: input entries in their order (changed ones in place), new parts after. */
  toBuffer(): Buffer {
    const kept = this.entries.filter((e) => !this.removed.has(normal(e.name)));
    const outputs: ZipOutput[] = kept.map((e) => {
      const c = this.changed.get(normal(e.name));
      return c ? { kind: "new", name: e.name, data: c.data } : { kind: "copy", entry: e };
    });
    for (const [key, c] of this.changed) {
      if (!this.byName.has(key)) outputs.push({ kind: "new", name: c.name, data: c.data });
    }
    return writeZip(outputs);
  }
}

function normal(part: string): string {
  return part.replace(/^\/+/, "").replace(/\\/g, "/").toLowerCase();
}

function decode(data: Buffer): string {
  // a part may be UTF-16 with a byte order mark; OOXML allows both
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString("utf16le");
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.subarray(3).toString();
  return data.toString("utf8");
}

const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/** Adds Override (by part) and Default (by extension) entries to [Content_Types].xml when missing. */
/** Drops the Override entries of parts that were removed. */
export function removeContentTypes(pkg: Package, parts: readonly string[]): void {
  const path = pkg.nameOf("[Content_Types].xml");
  const xml = path ? pkg.text(path) : null;
  if (!path || !xml || parts.length === 0) return;
  const gone = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  const next = xml.replace(
    /<(?:[\w.-]+:)?Override\b[^>]*?(?:\/>|>\s*<\/(?:[\w.-]+:)?Override>)/g,
    (tag) => (gone.has((attr(tag, "PartName") ?? "").toLowerCase()) ? "" : tag)
  );
  if (next !== xml) pkg.set(path, next);
}

export function addContentTypes(
  pkg: Package,
  overrides: ReadonlyArray<{ part: string; type: string }>,
  defaults: ReadonlyArray<{ ext: string; type: string }> = []
): void {
  const path = pkg.nameOf("[Content_Types].xml") ?? "[Content_Types].xml";
  const xml =
    pkg.text(path) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CT_NS}"></Types>`;
  const prefix = rootPrefix(xml);
  const haveParts = new Set(
    [...xml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)].map((m) =>
      (attr(m[0], "PartName") ?? "").toLowerCase()
    )
  );
  const haveExt = new Set(
    [...xml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)].map((m) =>
      (attr(m[0], "Extension") ?? "").toLowerCase()
    )
  );
  const add: string[] = [];
  for (const d of defaults) {
    if (haveExt.has(d.ext.toLowerCase())) continue;
    add.push(`<${prefix}Default Extension="${d.ext}" ContentType="${d.type}"/>`);
  }
  for (const o of overrides) {
    const name = `/${o.part}`;
    if (haveParts.has(name.toLowerCase())) continue;
    add.push(`<${prefix}Override PartName="${escapeXml(name)}" ContentType="${o.type}"/>`);
  }
  if (add.length === 0) return;
  const root = findElement(xml, "Types");
  if (!root) throw new Error("[Content_Types].xml has no Types element");
  // Defaults must precede Overrides only by convention; Excel accepts them in any order
  pkg.set(path, xml.slice(0, root.innerEnd) + add.join("") + xml.slice(root.innerEnd));
}
