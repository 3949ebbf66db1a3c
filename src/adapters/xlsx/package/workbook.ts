import {
  addContentTypes,
  relKind,
  relsPathOf,
  relativeTarget,
  resolveTarget,
  type Package,
} from "./opc";
import { attr, attrs, escapeXml, findElement, rootPrefix, setAttr, unescapeXml } from "./xml";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  relType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  ct: "application/vnd.openxmlformats-officedocument",
} as const;

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  /** The worksheet part ("xl/worksheets/sheet1.xml"), or null for a chart sheet or a broken link. */
  readonly part: string | null;
  /** The <sheet> tag as written. */
  readonly tag: string;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly value: string;
}

/** The prefix a part binds to the relationships namespace ("r"), declaring one on the root if none. */
export function relPrefix(xml: string): { xml: string; prefix: string } {
  const root = /<(?![?!])[^>]+>/.exec(xml);
  if (!root) return { xml, prefix: "r" };
  for (const [k, v] of attrs(root[0])) {
    if (v === NS.rel && k.startsWith("xmlns:")) return { xml, prefix: k.slice(6) };
  }
  let prefix = "r";
  for (let n = 2; new RegExp(`\\sxmlns:${prefix}=`).test(root[0]); n++) prefix = `r${n}`;
  const tag = setAttr(root[0], `xmlns:${prefix}`, NS.rel);
  return { xml: xml.slice(0, root.index) + tag + xml.slice(root.index + root[0].length), prefix };
}

/** The workbook part, its sheets and defined names, with edits that splice into the original XML. */
export class WorkbookPart {
  readonly path: string;
  xml: string;
  private readonly original: string;

  /** This part's state so far, on a fork of the package. */
  fork(pkg: Package): WorkbookPart {
    const copy = Object.create(WorkbookPart.prototype) as {
      -readonly [K in keyof WorkbookPart]: WorkbookPart[K];
    };
    Object.assign(copy, this, { pkg });
    return copy as WorkbookPart;
  }

  constructor(private readonly pkg: Package) {
    const root = pkg.relsOf("").find((r) => relKind(r.type) === "officeDocument");
    const path = root ? resolveTarget("", root.target) : "xl/workbook.xml";
    // part paths are used as the package normalises them (forward slashes); the stored name is kept on save
    this.path = path;
    const xml = pkg.text(this.path);
    if (xml === null) throw new Error("the package has no workbook part");
    this.xml = xml;
    this.original = xml;
  }

  sheets(): SheetEntry[] {
    const rels = new Map(this.pkg.relsOf(this.path).map((r) => [r.id, r]));
    const list = findElement(this.xml, "sheets");
    if (!list) return [];
    const inner = this.xml.slice(list.inner, list.innerEnd);
    return [...inner.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => {
      const a = attrs(m[0]);
      const rid = [...a].find(([k]) => k === "r:id" || k.endsWith(":id"))?.[1] ?? "";
      const rel = rels.get(rid);
      const part =
        rel && relKind(rel.type) === "worksheet" ? resolveTarget(this.path, rel.target) : null;
      return {
        name: a.get("name") ?? "",
        sheetId: Number(a.get("sheetId") ?? 0),
        rid,
        part,
        tag: m[0],
      };
    });
  }

  definedNames(): DefinedName[] {
    const block = findElement(this.xml, "definedNames");
    if (!block) return [];
    const inner = this.xml.slice(block.inner, block.innerEnd);
    return [
      ...inner.matchAll(
        /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g
      ),
    ].map((m) => {
      const a = attrs(`<x ${m[1] ?? ""}>`);
      const local = a.get("localSheetId");
      return {
        name: a.get("name") ?? "",
        localSheetId: local === undefined ? null : Number(local),
        value: unescapeXml(m[2] ?? ""),
      };
    });
  }

  /** Sets a sheet-scoped defined name (a print area, print titles), replacing one of that name and sheet. */
  setSheetDefinedName(name: string, localSheetId: number, value: string): void {
    this.setDefinedName(name, value, localSheetId);
  }

  /** Sets a workbook-level defined name (replacing one of that name), or a sheet's with `localSheetId`. */
  setDefinedName(name: string, value: string, localSheetId?: number): void {
    const prefix = rootPrefix(this.xml);
    const scope = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
    const entry = `<${prefix}definedName name="${escapeXml(name)}"${scope}>${escapeXml(value)}</${prefix}definedName>`;
    const block = findElement(this.xml, "definedNames");
    if (block) {
      const inner = this.xml.slice(block.inner, block.innerEnd);
      const scoped =
        localSheetId === undefined
          ? "(?![^>]*localSheetId)"
          : `(?=[^>]*\\slocalSheetId="${localSheetId}")`;
      const re = new RegExp(
        `<(?:[\\w.-]+:)?definedName\\b(?=[^>]*\\sname="${escapeRe(escapeXml(name))}")${scoped}[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?definedName>)`
      );
      const next = re.test(inner) ? inner.replace(re, entry) : inner + entry;
      if (block.tag.endsWith("/>")) {
        const open = block.tag.replace(/\s*\/>$/, ">");
        this.xml = `${this.xml.slice(0, block.start)}${open}${next}</${prefix}definedNames>${this.xml.slice(block.end)}`;
      } else {
        this.xml = this.xml.slice(0, block.inner) + next + this.xml.slice(block.innerEnd);
      }
      return;
    }
    // schema order: … sheets, functionGroups, externalReferences, definedNames, calcPr …
    const after =
      findElement(this.xml, "externalReferences") ??
      findElement(this.xml, "functionGroups") ??
      findElement(this.xml, "sheets");
    if (!after) throw new Error("the workbook part has no sheets element");
    const block2 = `<${prefix}definedNames>${entry}</${prefix}definedNames>`;
    this.xml = this.xml.slice(0, after.end) + block2 + this.xml.slice(after.end);
  }

  /** Adds a worksheet part and its <sheet> entry at the end of the tab list; returns its part name. */
  addSheet(name: string): { part: string; entry: SheetEntry } {
    const part = this.pkg.freeName("xl/worksheets/sheet{n}.xml");
    const [rid] = this.pkg.addRels(this.path, [
      { type: `${NS.relType}/worksheet`, target: relativeTarget(this.path, part) },
    ]);
    addContentTypes(this.pkg, [{ part, type: `${NS.ct}.spreadsheetml.worksheet+xml` }]);
    const sheets = this.sheets();
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    const { xml, prefix: r } = relPrefix(this.xml);
    this.xml = xml;
    const p = rootPrefix(this.xml);
    const tag = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${r}:id="${rid}"/>`;
    const list = findElement(this.xml, "sheets");
    if (!list) throw new Error("the workbook part has no sheets element");
    this.xml = this.xml.slice(0, list.innerEnd) + tag + this.xml.slice(list.innerEnd);
    return { part, entry: { name, sheetId, rid: rid ?? "", part, tag } };
  }

  /** Opens the workbook on the tab at `index` (0-based, among all sheets). */
  activate(index: number): void {
    const view = findElement(this.xml, "workbookView");
    if (view) {
      let tag = setAttr(view.tag, "activeTab", String(index));
      const first = Number(attr(tag, "firstSheet") ?? 0);
      if (first > index) tag = setAttr(tag, "firstSheet", String(index));
      this.xml = this.xml.slice(0, view.start) + tag + this.xml.slice(view.start + view.tag.length);
      return;
    }
    const p = rootPrefix(this.xml);
    const views = `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`;
    const before = findElement(this.xml, "sheets");
    if (before) this.xml = this.xml.slice(0, before.start) + views + this.xml.slice(before.start);
  }

  save(): void {
    if (this.xml !== this.original) this.pkg.set(this.path, this.xml);
  }
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "RAG Summary" → "'RAG Summary'" for a reference. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** The sheet a "'Sheet'!$A$1" reference names. */
export function sheetOfRef(ref: string): string | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  const raw = ref.slice(0, bang);
  return raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

export { relsPathOf };
