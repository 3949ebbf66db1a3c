// Verifies a checked copy against its input by reading the zip parts directly (JSZip, not the writer's own
// zip code, and no spreadsheet library, which would hide what it drops). What must hold:
// - every part of the input is in the copy; a part the tool had no reason to touch is byte-identical;
// - a touched worksheet keeps every original <c> (its r, t, value, formula, cached result and every
//   attribute but the s of a highlighted cell, whose new format is the old one with a fill), every row's
//   attributes, and every element outside sheetData, in order;
// - styles only grow (each list keeps its original entries first); the workbook keeps its sheets, names
//   and other elements; content types and relationships keep every entry; comments keep their text.
import JSZip from "jszip";
import { attrsOf, cellsOf, children } from "./losslessXml";

export interface LosslessResult {
  readonly problems: string[];
  readonly identical: number;
  readonly touched: string[];
}

/** The cellXfs entries of a styles part (each xf's text). */
function xfs(styles: string, container = "cellXfs"): string[] {
  const block = new RegExp(
    `<([\\w.-]+:)?${container}\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1?${container}>)`
  ).exec(styles);
  return [...(block?.[2] ?? "").matchAll(/<((?:[\w.-]+:)?xf)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)].map(
    (m) => m[0]
  );
}

/** An xf without the fill it was given (what a highlight may change), attributes in a fixed order. */
function withoutFill(xf: string): string {
  const open = /^<[^>]*>/.exec(xf)?.[0] ?? xf;
  const a = [...attrsOf(open)].filter(([k]) => k !== "fillId" && k !== "applyFill").sort();
  return JSON.stringify([a, open.endsWith("/>") ? "" : xf.slice(open.length)]);
}

/** sheetViews without tabSelected (opening the copy on the summary sheet unselects the others). */
const views = (t: string) => t.replace(/\stabSelected="[^"]*"/g, "");

/**
 * An element that may only grow (prepare's dataValidations): the same start tag but its count, and the
 * original children first, in order.
 */
function grewFrom(original: string, now: string): boolean {
  const tag = (t: string) => /^<[^>]*>/.exec(t)?.[0] ?? "";
  const attrs = (t: string) =>
    JSON.stringify([...attrsOf(tag(t))].filter(([k]) => k !== "count").sort());
  if (attrs(original) !== attrs(now)) return false;
  const inner = (t: string) => t.slice(tag(t).length, t.lastIndexOf("</"));
  return original.endsWith("/>") || inner(now).startsWith(inner(original));
}

function checkSheet(
  part: string,
  before: string,
  after: string,
  xfBefore: string[],
  xfAfter: string[],
  problems: string[],
  growOnly: readonly string[] = []
): void {
  const a = cellsOf(before);
  const b = cellsOf(after);
  for (const [key, cell] of a.cells) {
    const now = b.cells.get(key);
    if (!now) {
      problems.push(`${part}: cell ${key} is gone`);
      continue;
    }
    if (now.body !== cell.body) problems.push(`${part}: cell ${key} changed content`);
    for (const [k, v] of cell.attrs) {
      if (k === "s") continue;
      if (now.attrs.get(k) !== v) problems.push(`${part}: cell ${key} attribute ${k} changed`);
    }
    const s0 = Number(cell.attrs.get("s") ?? 0);
    const s1 = Number(now.attrs.get("s") ?? 0);
    // a style index past the list is read as the default format (Excel does the same)
    const base = xfBefore[s0] ?? xfBefore[0] ?? "";
    if (s0 !== s1 && withoutFill(base) !== withoutFill(xfAfter[s1] ?? ""))
      problems.push(`${part}: cell ${key} changed format beyond its fill`);
  }
  for (const [row, attrs] of a.rows) {
    const now = b.rows.get(row);
    if (!now || [...attrs].some(([k, v]) => now.get(k) !== v))
      problems.push(`${part}: row ${row} changed`);
  }
  const outside = (xml: string) => children(xml).filter((n) => n.local !== "sheetData");
  const afterNodes = outside(after);
  const kept = afterNodes.map((n) => (n.local === "sheetViews" ? views(n.text) : n.text));
  let at = 0;
  for (const n of outside(before)) {
    const text = n.local === "sheetViews" ? views(n.text) : n.text;
    const found = growOnly.includes(n.local)
      ? afterNodes.findIndex((m, i) => i >= at && m.local === n.local && grewFrom(n.text, m.text))
      : kept.indexOf(text, at);
    if (found < 0) problems.push(`${part}: <${n.local}> is lost, changed or out of order`);
    else at = found + 1;
  }
}

function entries(xml: string, local: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>`, "g"))].map((m) => m[0]);
}

function keepsAll(
  part: string,
  before: string,
  after: string,
  local: string,
  problems: string[]
): void {
  const now = new Set(entries(after, local));
  for (const e of entries(before, local)) if (!now.has(e)) problems.push(`${part}: ${e} is lost`);
}

function checkStyles(part: string, before: string, after: string, problems: string[]): void {
  for (const c of [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
  ]) {
    const inner = (xml: string) =>
      new RegExp(`<([\\w.-]+:)?${c}\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1?${c}>)`).exec(xml)?.[2] ?? "";
    if (!inner(after).startsWith(inner(before)))
      problems.push(`${part}: <${c}> lost or changed an entry`);
  }
  const rest = (xml: string) =>
    children(xml)
      // dxfs may grow too (prepare's colour rules): its entries are checked as a prefix above
      .filter((n) => !["numFmts", "fonts", "fills", "cellXfs", "dxfs"].includes(n.local))
      .map((n) => n.text);
  if (rest(before).join("") !== rest(after).join(""))
    problems.push(`${part}: changed outside the lists it may grow`);
}

function checkWorkbook(part: string, before: string, after: string, problems: string[]): void {
  keepsAll(part, before, after, "sheet", problems);
  const names = (xml: string) =>
    [...xml.matchAll(/<(?:[\w.-]+:)?definedName\b[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?definedName>/g)].map(
      (m) => m[0]
    );
  const now = new Set(names(after));
  for (const n of names(before))
    if (!now.has(n)) problems.push(`${part}: defined name ${n} is lost`);
  const other = (xml: string) =>
    children(xml)
      .filter((n) => !["sheets", "definedNames", "bookViews"].includes(n.local))
      .map((n) => n.text);
  if (other(before).join("") !== other(after).join("")) problems.push(`${part}: changed elsewhere`);
  const view = (xml: string) =>
    entries(xml, "workbookView").map((t) =>
      JSON.stringify(
        [...attrsOf(t)].filter(([k]) => k !== "activeTab" && k !== "firstSheet").sort()
      )
    );
  // a workbook without a view may gain one (to open on the summary sheet)
  if (view(before).length > 0 && view(before).join() !== view(after).join())
    problems.push(`${part}: book view changed`);
}

function checkComments(part: string, before: string, after: string, problems: string[]): void {
  const text = (xml: string) => {
    const out = new Map<string, string>();
    for (const m of xml.matchAll(/<((?:[\w.-]+:)?comment)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
      const ref = /\sref="([^"]+)"/.exec(m[2] ?? "")?.[1] ?? "";
      out.set(ref, (m[3] ?? "").replace(/<[^>]+>/g, ""));
    }
    return out;
  };
  const now = text(after);
  for (const [ref, t] of text(before)) {
    const prefix = t.split("Action Plan Checker:")[0] ?? "";
    if (!(now.get(ref) ?? "").startsWith(prefix))
      problems.push(`${part}: the note on ${ref} lost its text`);
  }
}

/**
 * Compares a checked copy with its input part by part. `growOnly` names worksheet elements that may gain
 * children after their own (prepare adds data validations beside the sheet's).
 */
export async function checkLossless(
  input: Uint8Array,
  output: Uint8Array,
  options: { readonly growOnly?: readonly string[] } = {}
): Promise<LosslessResult> {
  const a = await JSZip.loadAsync(input);
  const b = await JSZip.loadAsync(output);
  const problems: string[] = [];
  const touched: string[] = [];
  let identical = 0;
  const rootOf = async (zip: JSZip, name: string) =>
    /<(?![?!])(?:[\w.-]+:)?([\w.-]+)/.exec(
      (await zip.file(name)?.async("string"))?.slice(0, 2000) ?? ""
    )?.[1] ?? "";
  const names = Object.keys(a.files).filter((n) => !a.files[n]!.dir);
  const roots = new Map<string, string>();
  for (const n of names) if (/\.xml$/i.test(n)) roots.set(n, await rootOf(a, n));
  const stylesBefore = names.find((n) => roots.get(n) === "styleSheet");
  const xfBefore = stylesBefore ? xfs(await a.file(stylesBefore)!.async("string")) : [];
  const xfAfter =
    stylesBefore && b.file(stylesBefore)
      ? xfs(await b.file(stylesBefore)!.async("string"))
      : xfBefore;
  for (const [name, entry] of Object.entries(a.files)) {
    if (entry.dir) continue;
    const other = b.file(name);
    if (!other) {
      problems.push(`${name}: missing from the copy`);
      continue;
    }
    const x = await entry.async("nodebuffer");
    const y = await other.async("nodebuffer");
    if (x.equals(y)) {
      identical++;
      continue;
    }
    touched.push(name);
    const before = x.toString("utf8");
    const after = y.toString("utf8");
    const root = roots.get(name) ?? "";
    if (root === "worksheet")
      checkSheet(name, before, after, xfBefore, xfAfter, problems, options.growOnly);
    else if (/\.rels$/i.test(name)) keepsAll(name, before, after, "Relationship", problems);
    else if (root === "Types") {
      keepsAll(name, before, after, "Default", problems);
      keepsAll(name, before, after, "Override", problems);
    } else if (root === "styleSheet") checkStyles(name, before, after, problems);
    else if (root === "workbook") checkWorkbook(name, before, after, problems);
    else if (root === "comments") checkComments(name, before, after, problems);
    else if (/\.vml$/i.test(name)) {
      if (!after.startsWith(before.slice(0, before.lastIndexOf("</xml>"))))
        problems.push(`${name}: shapes changed`);
    } else problems.push(`${name}: changed, and the tool has no reason to touch it`);
  }
  return { problems, identical, touched };
}
