import { attr, byteFeeder, isTrue, prefixedAttr, XmlTokenizer, type XmlHandler } from "./readXml";
import type { ZipEntry, ZipPackage } from "./readZip";

/** One relationship of a part: its type's last segment ("worksheet", "sharedStrings") and target part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as a package path ("xl/worksheets/sheet1.xml"), resolved against the source part. */
  readonly target: string;
  readonly external: boolean;
}

/** Runs `handler` over a part's XML in chunks. */
export async function parsePart(
  zip: ZipPackage,
  entry: ZipEntry,
  handler: XmlHandler
): Promise<void> {
  const feed = byteFeeder(new XmlTokenizer(handler));
  await zip.stream(entry, (chunk) => feed.push(chunk));
  feed.end();
}

/** Collects the open tags of a small part as (name, attrs) pairs. */
async function tags(zip: ZipPackage, entry: ZipEntry, keep: (name: string) => boolean) {
  const out: Array<{ name: string; attrs: string }> = [];
  await parsePart(zip, entry, {
    wantText: false,
    open: (name, attrs) => {
      if (keep(name)) out.push({ name, attrs });
    },
    close: () => undefined,
    text: () => undefined,
  });
  return out;
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute. */
export function resolvePart(source: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The relationships of `part` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"); [] when none. */
export async function relationships(zip: ZipPackage, part: string): Promise<Relationship[]> {
  const slash = part.lastIndexOf("/");
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const entry = zip.entry(relsPath);
  if (!entry) return [];
  return (await tags(zip, entry, (n) => n === "Relationship")).flatMap(({ attrs }) => {
    const id = attr(attrs, "Id");
    const type = attr(attrs, "Type") ?? "";
    const target = attr(attrs, "Target");
    if (!id || target === undefined) return [];
    const external = attr(attrs, "TargetMode") === "External";
    return [
      {
        id,
        type: type.slice(type.lastIndexOf("/") + 1),
        target: external ? target : resolvePart(part, decodeURIComponentSafe(target)),
        external,
      },
    ];
  });
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface SheetEntry {
  readonly name: string;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
  /** Its part, or undefined when the relationship is missing. */
  readonly part: string | undefined;
  /** The relationship type: "worksheet" (others, such as chartsheet, have no cells). */
  readonly kind: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  /** Workbook-level defined names: name → formula text. */
  readonly definedNames: ReadonlyArray<{ name: string; formula: string }>;
  readonly rels: readonly Relationship[];
}

/** The workbook part's path, from the package relationships (or where Excel puts it). */
export async function workbookPath(zip: ZipPackage): Promise<string> {
  const rel = (await relationships(zip, "")).find(
    (r) => r.type === "officeDocument" && !r.external
  );
  if (rel && zip.entry(rel.target)) return rel.target;
  return "xl/workbook.xml";
}

/** Sheets in tab order, the date system and defined names. */
export async function readWorkbookPart(
  zip: ZipPackage,
  path: string
): Promise<WorkbookPart | null> {
  const entry = zip.entry(path);
  if (!entry) return null;
  const rels = await relationships(zip, path);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const definedNames: Array<{ name: string; formula: string }> = [];
  let date1904 = false;
  let pending: { name: string; formula: string } | null = null;
  await parsePart(zip, entry, {
    get wantText() {
      return pending !== null;
    },
    open(name, attrs, self) {
      if (name === "sheet") {
        const rel = byId.get(prefixedAttr(attrs, "id") ?? "");
        sheets.push({
          name: attr(attrs, "name") ?? `Sheet${sheets.length + 1}`,
          state: attr(attrs, "state") ?? "visible",
          part: rel && !rel.external ? rel.target : undefined,
          kind: rel?.type ?? "worksheet",
        });
      } else if (name === "workbookPr") date1904 = isTrue(attr(attrs, "date1904"));
      else if (name === "definedName" && !self && attr(attrs, "localSheetId") === undefined) {
        pending = { name: attr(attrs, "name") ?? "", formula: "" };
      }
    },
    close(name) {
      if (name === "definedName" && pending) {
        definedNames.push(pending);
        pending = null;
      }
    },
    text(t) {
      if (pending) pending.formula += t;
    },
  });
  return { sheets, date1904, definedNames, rels };
}
