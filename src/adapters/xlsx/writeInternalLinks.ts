import JSZip from "jszip";

// ExcelJS 4.4 writes an internal link ("#'Sheet'!A1") both as a `location` and as an External
// relationship with the same target; Excel then shows "#Sheet!A1##Sheet!A1" and the link can fail
// (exceljs/exceljs#3027). The correct form is a `location` without '#' and no relationship. This pass
// fixes every such link in the written file — including a user's own internal links, which ExcelJS
// round-trips the same broken way.

const HYPERLINK = /<hyperlink\b[^>]*?\/>/g;
const ATTR = (name: string) => new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`);

function unescapeXml(s: string): string {
  return s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Rewrites one sheet's XML and relationships; returns null when nothing changed. */
export function fixSheetLinks(
  sheetXml: string,
  relsXml: string | null
): { sheet: string; rels: string | null } | null {
  const targets = new Map<string, string>();
  for (const m of (relsXml ?? "").matchAll(/<Relationship\b[^>]*?\/>/g)) {
    const id = ATTR("Id").exec(m[0])?.[1];
    const target = ATTR("Target").exec(m[0])?.[1];
    if (id && target !== undefined) targets.set(id, unescapeXml(target));
  }
  const dropped = new Set<string>();
  let changed = false;
  const sheet = sheetXml.replace(HYPERLINK, (tag) => {
    const location = ATTR("location").exec(tag)?.[1];
    if (location === undefined) return tag;
    const loc = unescapeXml(location);
    const rid = ATTR("r:id").exec(tag)?.[1];
    let out = tag;
    if (rid && targets.get(rid) === loc) {
      out = out.replace(ATTR("r:id"), "");
      dropped.add(rid);
    }
    if (loc.startsWith("#"))
      out = out.replace(ATTR("location"), ` location="${escapeXml(loc.slice(1))}"`);
    if (out !== tag) changed = true;
    return out;
  });
  if (!changed) return null;
  const rels =
    relsXml === null
      ? null
      : relsXml.replace(/<Relationship\b[^>]*?\/>/g, (rel) => {
          const id = ATTR("Id").exec(rel)?.[1];
          return id && dropped.has(id) ? "" : rel;
        });
  return { sheet, rels };
}

/** Applies `fixSheetLinks` to every worksheet of an .xlsx package. */
export async function fixInternalLinks(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let any = false;
  for (const path of Object.keys(zip.files)) {
    const m = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(path);
    if (!m) continue;
    const relsPath = `xl/worksheets/_rels/${m[1]}.rels`;
    const sheetXml = await zip.file(path)!.async("string");
    if (!sheetXml.includes("<hyperlink")) continue;
    const relsFile = zip.file(relsPath);
    const fixed = fixSheetLinks(sheetXml, relsFile ? await relsFile.async("string") : null);
    if (!fixed) continue;
    any = true;
    zip.file(path, fixed.sheet);
    if (fixed.rels !== null) zip.file(relsPath, fixed.rels);
  }
  if (!any) return xlsx;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
