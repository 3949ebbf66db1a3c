import { a1 } from "./a1";
import { relKind, resolveTarget, type Package } from "./opc";
import { attr, escapeText, findElement, rootPrefix, setAttr } from "./xml";

// The few cell and style edits "prepare" makes: the offered status header written into an empty cell (with
// the user's consent), and the differential formats (dxfs) its colour rules point at.

const CELL = /<((?:[\w.-]+:)?c)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g;

function colOf(ref: string): number {
  let col = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? "") col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

/**
 * Writes `text` into the empty cell (row, col) as an inline string, styled as the cell to its left (the
 * header beside it). Returns null when the cell is not empty: nothing of the user's is ever written over.
 */
export function addHeaderCell(xml: string, row: number, col: number, text: string): string | null {
  const data = findElement(xml, "sheetData");
  if (!data) return null;
  const p = rootPrefix(xml);
  const ref = a1(row, col);
  const inner = xml.slice(data.inner, data.innerEnd);
  const rowRe = new RegExp(
    `<((?:[\\w.-]+:)?row)\\b[^>]*\\sr="${row}"[^>]*?(?:/>|>([\\s\\S]*?)</\\1>)`
  );
  const m = rowRe.exec(inner);
  const cellXml = (s: string | undefined) =>
    `<${p}c r="${ref}"${s ? ` s="${s}"` : ""} t="inlineStr"><${p}is><${p}t>${escapeText(text)}</${p}t></${p}is></${p}c>`;
  if (!m) {
    // a row of its own, in row order
    const rows = [...inner.matchAll(/<(?:[\w.-]+:)?row\b[^>]*>/g)];
    const next = rows.find((r) => Number(attr(r[0], "r") ?? 0) > row);
    const at = data.inner + (next ? next.index : inner.length);
    const added = `<${p}row r="${row}">${cellXml(undefined)}</${p}row>`;
    return data.tag.endsWith("/>")
      ? `${xml.slice(0, data.start)}<${p}sheetData>${added}</${p}sheetData>${xml.slice(data.end)}`
      : xml.slice(0, at) + added + xml.slice(at);
  }
  const rowTag = /^<[^>]*>/.exec(m[0])![0];
  const body = m[2] ?? "";
  let before = "";
  let insertAt = body.length;
  for (const c of body.matchAll(CELL)) {
    const r = attr(`<x${c[2] ?? ""}>`, "r") ?? "";
    const cc = colOf(r);
    if (cc === col) {
      const filled = /<(?:[\w.-]+:)?(?:v|f|is)\b/.test(c[3] ?? "");
      if (filled) return null;
      // an empty styled cell: replaced by the header with its own style
      const s = attr(`<x${c[2] ?? ""}>`, "s");
      const replaced =
        body.slice(0, c.index) + cellXml(s ?? before) + body.slice(c.index + c[0].length);
      return splice(xml, data.inner + m.index, m[0], rowTag, replaced, p);
    }
    if (cc > col) {
      insertAt = c.index;
      break;
    }
    before = attr(`<x${c[2] ?? ""}>`, "s") ?? "";
  }
  const next = body.slice(0, insertAt) + cellXml(before || undefined) + body.slice(insertAt);
  return splice(xml, data.inner + m.index, m[0], rowTag, next, p);
}

function splice(xml: string, at: number, whole: string, rowTag: string, body: string, p: string) {
  // the row's attributes stay as they are (its spans is an optional hint), so undo restores it exactly
  const tag = rowTag.endsWith("/>") ? rowTag.replace(/\s*\/>$/, ">") : rowTag;
  return `${xml.slice(0, at)}${tag}${body}</${p}row>${xml.slice(at + whole.length)}`;
}

/** Takes the header back out when the cell still holds exactly `text` as the tool wrote it. */
export function removeHeaderCell(xml: string, ref: string, text: string): string | null {
  const re = new RegExp(
    `<((?:[\\w.-]+:)?c) r="${ref}"(?: s="\\d+")? t="inlineStr"><(?:[\\w.-]+:)?is><(?:[\\w.-]+:)?t>${escapeRe(escapeText(text))}</(?:[\\w.-]+:)?t></(?:[\\w.-]+:)?is></\\1>`
  );
  const m = re.exec(xml);
  if (!m) return null;
  let next = xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
  // a row the tool added for the header alone goes with it
  next = next.replace(new RegExp(`<((?:[\\w.-]+:)?row) r="${/\d+$/.exec(ref)?.[0]}"></\\1>`), "");
  return next;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The workbook's styles part, or null when it has none. */
export function stylesPart(pkg: Package, workbookPath: string): string | null {
  const rel = pkg.relsOf(workbookPath).find((r) => relKind(r.type) === "styles");
  const path = rel ? resolveTarget(workbookPath, rel.target) : null;
  return path && pkg.has(path) ? path : null;
}

/**
 * The index of a differential format (fill and font colour) in the styles part, reusing an identical one
 * (so a second prepare adds none) and appending otherwise: existing indexes keep their meaning.
 */
export function dxfIndex(pkg: Package, part: string, fill: string, ink: string): number {
  const xml = pkg.text(part) ?? "";
  const p = rootPrefix(xml);
  const dxf = `<${p}dxf><${p}font><${p}color rgb="FF${ink}"/></${p}font><${p}fill><${p}patternFill><${p}bgColor rgb="FF${fill}"/></${p}patternFill></${p}fill></${p}dxf>`;
  const block = findElement(xml, "dxfs");
  const inner = block ? xml.slice(block.inner, block.innerEnd) : "";
  const list = [...inner.matchAll(/<((?:[\w.-]+:)?dxf)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)].map(
    (m) => m[0]
  );
  const known = list.indexOf(dxf);
  if (known >= 0) return known;
  if (block && !block.tag.endsWith("/>")) {
    const tag = setAttr(block.tag, "count", String(list.length + 1));
    pkg.set(part, xml.slice(0, block.start) + tag + inner + dxf + xml.slice(block.innerEnd));
    return list.length;
  }
  const added = `<${p}dxfs count="1">${dxf}</${p}dxfs>`;
  if (block) {
    pkg.set(part, xml.slice(0, block.start) + added + xml.slice(block.end));
    return 0;
  }
  // schema order: … cellStyles, dxfs, tableStyles, colors, extLst
  const after = ["tableStyles", "colors", "extLst"]
    .map((l) => findElement(xml, l))
    .find((e) => e !== null);
  const at = after ? after.start : xml.lastIndexOf("</");
  pkg.set(part, xml.slice(0, at) + added + xml.slice(at));
  return 0;
}
