import type { HighlightCell } from "../../../core/highlight";
import { NOTE_HEADING } from "../writeHighlights";
import { a1 } from "./a1";
import { addContentTypes, relKind, relativeTarget, resolveTarget, type Package } from "./opc";
import { NS, relPrefix } from "./workbook";
import {
  escapeText,
  findElement,
  rootPrefix,
  topLevel,
  unescapeXml,
  worksheetChildrenAfter,
} from "./xml";

// The tool's notes go into the sheet's legacy comments part and its VML drawing (what Excel shows as a
// note): a user's own note on a flagged cell keeps its text and formatting, with the tool's text after it;
// on a re-check the tool's earlier text is replaced, not stacked.

const AUTHOR = "Action Plan Checker";
const VML_HEAD = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">`;
const SHAPETYPE = `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

const AFTER_LEGACY = worksheetChildrenAfter("legacyDrawing");

function noteText(c: HighlightCell): string {
  return [NOTE_HEADING, ...c.messages.map((m) => `• ${m}`)].join("\n");
}

function run(p: string, text: string): string {
  return `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r>`;
}

function shape(id: number, row: number, col: number): string {
  // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset (0-based)
  const anchor = `${col}, 15, ${Math.max(0, row - 2)}, 10, ${col + 3}, 15, ${row + 4}, 4`;
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:96pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`;
}

/** Where legacyDrawing goes: before the first later child of the worksheet (never inside one). */
function legacyDrawingAt(xml: string): number {
  const later = new Set(AFTER_LEGACY);
  const children = topLevel(xml);
  // an mc:AlternateContent wrapping a later child (controls, oleObjects) counts as that child
  const next = children.find((c) => {
    if (later.has(c.local)) return true;
    if (c.local !== "AlternateContent") return false;
    const inner = xml.slice(c.start, c.end);
    return AFTER_LEGACY.some((l) => new RegExp(`<(?:[\\w.-]+:)?${l}[\\s>/]`).test(inner));
  });
  return next ? next.start : xml.lastIndexOf("</");
}

function vmlBlocks(pkg: Package): number {
  let max = 0;
  for (const name of pkg.names()) {
    if (!/\.vml$/i.test(name)) continue;
    const m = /<o:idmap\b[^>]*data="([^"]*)"/.exec(pkg.text(name) ?? "");
    for (const n of (m?.[1] ?? "").split(/[,\s]+/)) max = Math.max(max, Number(n) || 0);
  }
  return max;
}

/** Comment XML with the tool's notes merged in; returns the refs that need a new VML shape. */
function mergeComments(
  xml: string,
  cells: readonly HighlightCell[]
): { xml: string; fresh: HighlightCell[] } {
  const p = rootPrefix(xml);
  const authors = findElement(xml, "authors");
  const names = authors
    ? [
        ...xml
          .slice(authors.inner, authors.innerEnd)
          .matchAll(/<(?:[\w.-]+:)?author>([\s\S]*?)<\//g),
      ].map((m) => unescapeXml(m[1] ?? ""))
    : [];
  let authorId = names.indexOf(AUTHOR);
  let out = xml;
  if (authorId < 0) {
    authorId = names.length;
    const a = findElement(out, "authors");
    const entry = `<${p}author>${AUTHOR}</${p}author>`;
    out = a
      ? a.tag.endsWith("/>")
        ? `${out.slice(0, a.start)}<${p}authors>${entry}</${p}authors>${out.slice(a.end)}`
        : out.slice(0, a.innerEnd) + entry + out.slice(a.innerEnd)
      : out.replace(/(<(?:[\w.-]+:)?comments\b[^>]*>)/, `$1<${p}authors>${entry}</${p}authors>`);
  }
  const wanted = new Map(cells.map((c) => [c.address.toUpperCase(), c]));
  const done = new Set<string>();
  out = out.replace(
    /<((?:[\w.-]+:)?comment)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g,
    (whole, tagName: string, head: string, body: string | undefined) => {
      const ref = /\sref="([^"]+)"/.exec(head)?.[1]?.toUpperCase() ?? "";
      const c = wanted.get(ref);
      if (!c || body === undefined) return whole;
      done.add(ref);
      const ours = noteText(c);
      const runs = [...body.matchAll(/<((?:[\w.-]+:)?r)>[\s\S]*?<\/\1>/g)];
      const previous = runs.find((r) => unescapeXml(r[0]).includes(NOTE_HEADING));
      let next: string;
      if (previous) next = body.replace(previous[0], run(p, `\n\n${ours}`));
      else if (
        unescapeXml(body.replace(/<[^>]+>/g, ""))
          .trimStart()
          .startsWith(NOTE_HEADING)
      )
        next = body.replace(
          /(<(?:[\w.-]+:)?text\b[^>]*>)[\s\S]*(<\/(?:[\w.-]+:)?text>)/,
          `$1${run(p, ours)}$2`
        );
      else next = body.replace(/(<\/(?:[\w.-]+:)?text>)/, `${run(p, `\n\n${ours}`)}$1`);
      return `<${tagName}${head}>${next}</${tagName}>`;
    }
  );
  const fresh = cells.filter((c) => !done.has(c.address.toUpperCase()));
  const added = fresh
    .map(
      (c) =>
        `<${p}comment ref="${a1(c.row, c.col)}" authorId="${authorId}"><${p}text>${run(p, noteText(c))}</${p}text></${p}comment>`
    )
    .join("");
  const list = findElement(out, "commentList");
  if (list && !list.tag.endsWith("/>"))
    out = out.slice(0, list.innerEnd) + added + out.slice(list.innerEnd);
  else if (list)
    out = `${out.slice(0, list.start)}<${p}commentList>${added}</${p}commentList>${out.slice(list.end)}`;
  else
    out = out.replace(
      /(<\/(?:[\w.-]+:)?comments>)/,
      `<${p}commentList>${added}</${p}commentList>$1`
    );
  return { xml: out, fresh };
}

/** Adds the tool's notes on `cells` of one worksheet part. */
export function addNotes(pkg: Package, sheetPart: string, cells: readonly HighlightCell[]): void {
  const rels = pkg.relsOf(sheetPart);
  const commentsRel = rels.find((r) => relKind(r.type) === "comments" && !r.external);
  const vmlRel = rels.find((r) => relKind(r.type) === "vmlDrawing" && !r.external);
  let commentsPart = commentsRel ? resolveTarget(sheetPart, commentsRel.target) : null;
  const newRels: Array<{ type: string; target: string }> = [];
  if (!commentsPart || !pkg.has(commentsPart)) {
    commentsPart = pkg.freeName("xl/comments{n}.xml");
    pkg.set(
      commentsPart,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors/><commentList/></comments>`
    );
    newRels.push({
      type: `${NS.relType}/comments`,
      target: relativeTarget(sheetPart, commentsPart),
    });
    addContentTypes(pkg, [{ part: commentsPart, type: `${NS.ct}.spreadsheetml.comments+xml` }]);
  }
  const merged = mergeComments(pkg.text(commentsPart) ?? "", cells);
  pkg.set(commentsPart, merged.xml);

  let vmlPart = vmlRel ? resolveTarget(sheetPart, vmlRel.target) : null;
  let vml = vmlPart ? pkg.text(vmlPart) : null;
  if (!vmlPart || vml === null) {
    vmlPart = pkg.freeName("xl/drawings/vmlDrawing{n}.vml");
    const block = vmlBlocks(pkg) + 1;
    vml = `${VML_HEAD}<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}</xml>`;
    addContentTypes(pkg, [], [{ ext: "vml", type: `${NS.ct}.vmlDrawing` }]);
  }
  const before = vml;
  if (merged.fresh.length) {
    const block = Number(/<o:idmap\b[^>]*data="(\d+)/.exec(vml)?.[1] ?? 1);
    // a loop, not Math.max(...ids): a re-checked copy holds a shape per note, past the spread's limit
    let id = block * 1024;
    for (const m of vml.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(m[1]));
    const shapes = merged.fresh.map((c) => shape(++id, c.row, c.col)).join("");
    const type = vml.includes("_x0000_t202") ? "" : SHAPETYPE;
    const close = vml.lastIndexOf("</xml>");
    vml = close < 0 ? vml + type + shapes : vml.slice(0, close) + type + shapes + vml.slice(close);
  }
  if (vml !== before || !vmlRel) pkg.set(vmlPart, vml);
  if (!vmlRel)
    newRels.push({ type: `${NS.relType}/vmlDrawing`, target: relativeTarget(sheetPart, vmlPart) });
  if (newRels.length === 0) return;
  const ids = pkg.addRels(sheetPart, newRels);
  if (vmlRel) return;
  const vmlId = ids[ids.length - 1];
  const { xml, prefix } = relPrefix(pkg.text(sheetPart) ?? "");
  const p = rootPrefix(xml);
  const at = legacyDrawingAt(xml);
  pkg.set(
    sheetPart,
    `${xml.slice(0, at)}<${p}legacyDrawing ${prefix}:id="${vmlId}"/>${xml.slice(at)}`
  );
}
