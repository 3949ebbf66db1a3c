// Reads parts of a written .xlsx directly, for what ExcelJS does not read back (internal hyperlinks).
import JSZip from "jszip";

export interface SheetLink {
  readonly ref: string;
  readonly location: string | null;
  readonly rid: string | null;
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined
    ? null
    : m[1]
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
};

/** Sheet name → its part path ("xl/worksheets/sheet2.xml"). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, `xl/${target.replace(/^\/?xl\//, "")}`);
  }
  const out = new Map<string, string>();
  for (const m of book.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id");
    if (name && rid && targets.has(rid)) out.set(name, targets.get(rid)!);
  }
  return out;
}

export async function sheetLinks(
  xlsx: Buffer,
  sheet: string
): Promise<{ links: SheetLink[]; rels: string }> {
  const zip = await JSZip.loadAsync(xlsx);
  const path = (await sheetParts(zip)).get(sheet);
  if (!path) throw new Error(`no sheet ${sheet}`);
  const xml = await zip.file(path)!.async("string");
  const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels = (await zip.file(relsPath)?.async("string")) ?? "";
  const links = [...xml.matchAll(/<hyperlink\b[^>]*\/>/g)].map((m) => ({
    ref: attr(m[0], "ref") ?? "",
    location: attr(m[0], "location"),
    rid: attr(m[0], "r:id"),
  }));
  return { links, rels };
}

/** "'Action Plan'!A6" → { sheet: "Action Plan", address: "A6" }. */
export function parseLocation(location: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(location);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2] ?? "").replace(/''/g, "'"), address: `${m[3]}${m[4]}` };
}
