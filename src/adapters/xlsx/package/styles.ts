import { addContentTypes, relKind, relativeTarget, resolveTarget, type Package } from "./opc";
import { NS } from "./workbook";
import { attr, escapeXml, findElement, removeAttr, rootPrefix, setAttr } from "./xml";

// Styles are only ever appended: a new fill, font or number format goes after the existing ones and a new
// cell format (xf) after the existing cellXfs, so every index a cell already uses means what it meant.

const MINIMAL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Containers in schema order, with the element each holds. */
const ORDER = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
] as const;
type Container = (typeof ORDER)[number][0];

export interface FontSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly rgb?: string;
}

export interface XfSpec {
  readonly font?: FontSpec;
  readonly fill?: string;
  readonly numFmt?: string;
  readonly horizontal?: "right";
  readonly vertical?: "top";
  readonly wrap?: boolean;
}

/** Built-in number formats the tool uses (ids Excel knows without a numFmt entry). */
const BUILTIN: Record<string, number> = { General: 0, "0": 1, "0%": 9, "@": 49 };

function elementsIn(xml: string, local: string): string[] {
  const re = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</\\1>)`, "g");
  return [...xml.matchAll(re)].map((m) => m[0]);
}

export class StyleBook {
  private readonly path: string;
  private xml: string;
  private readonly prefix: string;
  private readonly existing = new Map<Container, string[]>();
  private readonly added = new Map<Container, string[]>();
  private readonly memo = new Map<string, number>();
  private readonly specs = new Map<string, number>();
  private readonly bySpec = new WeakMap<XfSpec, number>();

  constructor(
    private readonly pkg: Package,
    workbookPath: string
  ) {
    const rel = pkg.relsOf(workbookPath).find((r) => relKind(r.type) === "styles");
    let path = rel ? resolveTarget(workbookPath, rel.target) : null;
    if (!path || !pkg.has(path)) {
      path = pkg.has("xl/styles.xml") ? pkg.freeName("xl/styles{n}.xml") : "xl/styles.xml";
      pkg.set(path, MINIMAL);
      if (!rel) {
        pkg.addRels(workbookPath, [
          { type: `${NS.relType}/styles`, target: relativeTarget(workbookPath, path) },
        ]);
      }
      addContentTypes(pkg, [{ part: path, type: `${NS.ct}.spreadsheetml.styles+xml` }]);
    }
    this.path = path;
    this.xml = pkg.text(this.path) ?? MINIMAL;
    this.prefix = rootPrefix(this.xml);
    for (const [container, item] of ORDER) {
      const block = findElement(this.xml, container);
      const inner = block ? this.xml.slice(block.inner, block.innerEnd) : "";
      this.existing.set(container, elementsIn(inner, item));
      this.added.set(container, []);
    }
  }

  /** The styles so far, on a fork of the package (appends after the fork do not reach this book). */
  fork(pkg: Package): StyleBook {
    const copy = Object.create(StyleBook.prototype) as StyleBook;
    Object.assign(copy, this, {
      pkg,
      added: new Map([...this.added].map(([k, v]) => [k, [...v]])),
      memo: new Map(this.memo),
      specs: new Map(this.specs),
      bySpec: new WeakMap(),
    });
    return copy;
  }

  private count(c: Container): number {
    return (this.existing.get(c)?.length ?? 0) + (this.added.get(c)?.length ?? 0);
  }

  private append(c: Container, xml: string): number {
    const key = `${c}|${xml}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const index = this.count(c);
    this.added.get(c)?.push(xml);
    this.memo.set(key, index);
    return index;
  }

  private fill(rgb: string): number {
    const p = this.prefix;
    return this.append(
      "fills",
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
    );
  }

  /** A copy of cell format `base` with a solid fill: the highlight of a cell that had style `base`. */
  withFill(base: number, rgb: string): number {
    // asked once per highlighted cell, for a handful of (style, colour) pairs
    const key = `withFill|${base}|${rgb}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const index = this.newWithFill(base, rgb);
    this.memo.set(key, index);
    return index;
  }

  private newWithFill(base: number, rgb: string): number {
    const xfs = this.existing.get("cellXfs") ?? [];
    // a style index past the list (some writers leave one) is the default format, as Excel reads it
    const source = xfs[base] ?? xfs[0];
    const fillId = this.fill(rgb);
    const p = this.prefix;
    if (!source)
      return this.append(
        "cellXfs",
        `<${p}xf numFmtId="0" fontId="0" fillId="${fillId}" borderId="0" xfId="0" applyFill="1"/>`
      );
    const open = /^<[^>]*>/.exec(source)?.[0] ?? source;
    const tag = setAttr(setAttr(open, "fillId", String(fillId)), "applyFill", "1");
    return this.append("cellXfs", tag + source.slice(open.length));
  }

  private font(spec: FontSpec): number {
    const base = this.existing.get("fonts")?.[0] ?? "";
    const val = (local: string) => {
      const m = new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`).exec(base);
      return m ? attr(m[0], "val") : undefined;
    };
    const p = this.prefix;
    const parts = [
      spec.bold ? `<${p}b/>` : "",
      spec.italic ? `<${p}i/>` : "",
      spec.underline ? `<${p}u/>` : "",
      `<${p}sz val="${spec.size ?? val("sz") ?? 11}"/>`,
      spec.rgb ? `<${p}color rgb="FF${spec.rgb}"/>` : `<${p}color theme="1"/>`,
      `<${p}name val="${escapeXml(val("name") ?? "Calibri")}"/>`,
      val("family") ? `<${p}family val="${val("family")}"/>` : "",
      val("scheme") ? `<${p}scheme val="${val("scheme")}"/>` : "",
    ];
    return this.append("fonts", `<${p}font>${parts.join("")}</${p}font>`);
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN[code];
    if (builtin !== undefined) return builtin;
    const all = [...(this.existing.get("numFmts") ?? []), ...(this.added.get("numFmts") ?? [])];
    for (const f of all) if (attr(f, "formatCode") === code) return Number(attr(f, "numFmtId"));
    const id = Math.max(163, ...all.map((f) => Number(attr(f, "numFmtId") ?? 0))) + 1;
    this.append(
      "numFmts",
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    return id;
  }

  /** A new cell format from scratch (the tool's own sheets). */
  xf(spec: XfSpec): number {
    const same = this.bySpec.get(spec);
    if (same !== undefined) return same;
    const key = JSON.stringify(spec);
    const known = this.specs.get(key);
    if (known !== undefined) {
      this.bySpec.set(spec, known);
      return known;
    }
    const index = this.newXf(spec);
    this.specs.set(key, index);
    this.bySpec.set(spec, index);
    return index;
  }

  private newXf(spec: XfSpec): number {
    const p = this.prefix;
    const fontId = spec.font ? this.font(spec.font) : 0;
    const fillId = spec.fill ? this.fill(spec.fill) : 0;
    const numFmtId = this.numFmt(spec.numFmt ?? "General");
    const align = [
      spec.horizontal ? ` horizontal="${spec.horizontal}"` : "",
      spec.vertical ? ` vertical="${spec.vertical}"` : "",
      spec.wrap ? ` wrapText="1"` : "",
    ].join("");
    const applies = [
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      numFmtId ? ' applyNumberFormat="1"' : "",
      align ? ' applyAlignment="1"' : "",
    ].join("");
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}`;
    return this.append(
      "cellXfs",
      align ? `${head}><${p}alignment${align}/></${p}xf>` : `${head}/>`
    );
  }

  /** Writes the appended entries into styles.xml (counts updated); untouched when nothing was added. */
  save(): void {
    if ([...this.added.values()].every((a) => a.length === 0)) return;
    let xml = this.xml;
    for (let i = ORDER.length - 1; i >= 0; i--) {
      const [container] = ORDER[i]!;
      const add = this.added.get(container) ?? [];
      if (add.length === 0) continue;
      const total = String(this.count(container));
      const block = findElement(xml, container);
      if (block) {
        const open = block.tag.endsWith("/>") ? block.tag.replace(/\s*\/>$/, ">") : block.tag;
        const tag = setAttr(removeAttr(open, "count"), "count", total);
        const inner = xml.slice(block.inner, block.innerEnd);
        const close = block.tag.endsWith("/>") ? `</${this.prefix}${container}>` : "";
        xml = `${xml.slice(0, block.start)}${tag}${inner}${add.join("")}${close}${xml.slice(block.tag.endsWith("/>") ? block.end : block.innerEnd)}`;
      } else {
        xml = insertContainer(xml, this.prefix, container, `count="${total}"`, add.join(""));
      }
    }
    this.pkg.set(this.path, xml);
  }
}

/** Inserts a missing container after the last one before it in schema order (or first in the sheet). */
function insertContainer(
  xml: string,
  p: string,
  c: Container,
  head: string,
  inner: string
): string {
  const block = `<${p}${c} ${head}>${inner}</${p}${c}>`;
  const at = ORDER.findIndex(([name]) => name === c);
  for (let i = at - 1; i >= 0; i--) {
    const prev = findElement(xml, ORDER[i]![0]);
    if (prev) return xml.slice(0, prev.end) + block + xml.slice(prev.end);
  }
  const root = findElement(xml, "styleSheet");
  if (!root) throw new Error("styles part has no styleSheet element");
  return xml.slice(0, root.inner) + block + xml.slice(root.inner);
}
