// String-level XML helpers for the parts the checked copy edits. Whole parts are never parsed into a tree
// and written back: edits splice new text into the original, so everything else stays as it was.

/** A worksheet's child elements in the order the schema requires (ECMA-376 CT_Worksheet). */
export const WORKSHEET_ORDER: readonly string[] = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The worksheet children that must come after `local`, in schema order (an inserted element goes before the first). */
export function worksheetChildrenAfter(local: string): readonly string[] {
  const i = WORKSHEET_ORDER.indexOf(local);
  if (i < 0) throw new Error(`not a worksheet child: ${local}`);
  return WORKSHEET_ORDER.slice(i + 1);
}

const NEEDS_ESCAPE = /[&<>"]/;

export function escapeXml(s: string): string {
  // most values (numbers, refs, plain words) need nothing: a test is far cheaper than four replaces
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Text for an element's content: also drops characters XML 1.0 cannot hold. */
export function escapeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeXml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    const code = k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : "";
  });
}

const ATTRS = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag, by qualified name (values unescaped). */
export function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const head = tag.replace(/^<[\w:.-]+/, "");
  for (const m of head.matchAll(ATTRS)) out.set(m[1] ?? "", unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

const ATTR_RE = new Map<string, RegExp>();

/** One attribute of a start tag by its qualified name (r:id and id differ: give the prefix). */
export function attr(tag: string, name: string): string | undefined {
  let re = ATTR_RE.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTR_RE.set(name, re);
  }
  const m = re.exec(tag);
  if (!m) return undefined;
  const v = m[1] ?? m[2] ?? "";
  return v.includes("&") ? unescapeXml(v) : v;
}

const SET_RE = new Map<string, RegExp>();

/** The tag with `name` set to `value` (replaced where present, else added before the end). */
export function setAttr(tag: string, name: string, value: string): string {
  // one pattern per attribute name: a highlight sets `s` on a hundred thousand cells
  let re = SET_RE.get(name);
  if (!re) {
    re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
    SET_RE.set(name, re);
  }
  const v = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => `${head}${v}`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, "")} ${name}=${v}${tag.slice(close)}`;
}

/** The tag without attribute `name`. */
export function removeAttr(tag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  return tag.replace(re, "");
}

/** The namespace prefix ("x:" or "") a part's root element uses, read from its first element. */
export function rootPrefix(xml: string): string {
  const m = /<(?![?!])([\w.-]+:)?[\w.-]+[\s>/]/.exec(xml);
  return m?.[1] ?? "";
}

/** Element name pattern for a local name under any (or no) prefix. */
export function el(local: string): string {
  return `(?:[\\w.-]+:)?${local}`;
}

/** Where an element (first occurrence) starts and ends, with its start tag; null when absent. */
export function findElement(
  xml: string,
  local: string,
  from = 0
): { start: number; end: number; tag: string; inner: number; innerEnd: number } | null {
  const open = new RegExp(`<(${el(local)})(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return null;
  const tag = m[0];
  const start = m.index;
  if (tag.endsWith("/>")) {
    const end = start + tag.length;
    return { start, end, tag, inner: end, innerEnd: end };
  }
  const closeTag = `</${m[1]}>`;
  const close = xml.indexOf(closeTag, start + tag.length);
  if (close < 0) return null;
  return {
    start,
    end: close + closeTag.length,
    tag,
    inner: start + tag.length,
    innerEnd: close,
  };
}

const TAG =
  /<(\/?)(?:[\w.-]+:)?([\w.-]+)(?:\s[^>]*?)?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/**
 * The root element's children (local name and span), by a depth-counting scan of the tags. The content
 * of a sheetData (the bulk of a sheet) is skipped without scanning: it holds rows and cells only.
 */
export function topLevel(xml: string): Array<{ local: string; start: number; end: number }> {
  const out: Array<{ local: string; start: number; end: number }> = [];
  let depth = 0;
  let start = 0;
  let local = "";
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue;
    if (m[1] !== "/") {
      if (depth === 1) {
        start = m.index;
        local = name;
      }
      if (m[3] === "/") {
        if (depth === 1) out.push({ local, start, end: m.index + m[0].length });
        continue;
      }
      depth++;
      if (depth === 2 && name === "sheetData") {
        const close = /<\/(?:[\w.-]+:)?sheetData>/g;
        close.lastIndex = m.index;
        const c = close.exec(xml);
        if (!c) break;
        depth--;
        out.push({ local, start, end: c.index + c[0].length });
        TAG.lastIndex = c.index + c[0].length;
      }
    } else {
      depth--;
      if (depth === 1) out.push({ local, start, end: m.index + m[0].length });
    }
  }
  return out;
}
