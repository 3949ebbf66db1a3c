import { parseA1 } from "../../../core/grid/a1";
import {
  attr,
  escapeText,
  escapeXml,
  findElement,
  rootPrefix,
  setAttr,
  topLevel,
  unescapeXml,
  worksheetChildrenAfter,
} from "./xml";

// Worksheet XML edits for "prepare": data validations and conditional formats added beside the sheet's
// own (never replacing them), in schema order, and taken out again by what they are.

const AFTER_CF = worksheetChildrenAfter("conditionalFormatting");

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function rects(sqref: string): Rect[] {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((area) => {
      const [a, b = a] = area.replace(/\$/g, "").split(":");
      const p = parseA1(a ?? "");
      const q = parseA1(b ?? "");
      if (!p || !q) return [];
      return [
        {
          top: Math.min(p.row, q.row),
          left: Math.min(p.col, q.col),
          bottom: Math.max(p.row, q.row),
          right: Math.max(p.col, q.col),
        },
      ];
    });
}

/** Whether two cell ranges (space-separated area lists) share a cell. */
export function overlaps(a: string, b: string): boolean {
  return rects(a).some((x) =>
    rects(b).some(
      (y) => x.top <= y.bottom && y.top <= x.bottom && x.left <= y.right && y.left <= x.right
    )
  );
}

/** The ranges the sheet's own data validations cover (the main list and Excel 2010's in extLst). */
export function validationRanges(xml: string): string[] {
  const main = [...xml.matchAll(/<(?:[\w.-]+:)?dataValidation\b[^>]*>/g)].flatMap((m) => {
    const s = attr(m[0], "sqref");
    return s ? [s] : [];
  });
  const x14 = [...xml.matchAll(/<(?:[\w.-]+:)?sqref>([^<]*)</g)].map((m) => m[1] ?? "");
  return [...main, ...x14];
}

/** The highest conditional-format priority in the sheet (0 when none): ours go after the user's. */
export function maxPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*>/g))
    max = Math.max(max, Number(attr(m[0], "priority") ?? 0) || 0);
  return max;
}

function insertAt(xml: string, at: number, text: string): string {
  return xml.slice(0, at) + text + xml.slice(at);
}

/** Where a child that precedes all of `after` goes: before the first of them, else before the root's end. */
function positionBefore(xml: string, after: readonly string[]): number {
  const set = new Set(after);
  const found = topLevel(xml).find((e) => set.has(e.local));
  return found ? found.start : xml.lastIndexOf("</");
}

/** Adds `<dataValidation>` elements (unprefixed local XML) to the sheet's list, creating it if needed. */
export function addValidations(xml: string, elements: readonly string[]): string {
  if (elements.length === 0) return xml;
  const p = rootPrefix(xml);
  const body = elements
    .map((e) => (p ? e.replace(/<(\/?)(dataValidation|formula1)\b/g, `<$1${p}$2`) : e))
    .join("");
  const list = findElement(xml, "dataValidations");
  if (list && !list.tag.endsWith("/>")) {
    const count = (
      xml.slice(list.inner, list.innerEnd).match(/<(?:[\w.-]+:)?dataValidation\b/g) ?? []
    ).length;
    const tag = setAttr(list.tag, "count", String(count + elements.length));
    return (
      xml.slice(0, list.start) +
      tag +
      xml.slice(list.inner, list.innerEnd) +
      body +
      xml.slice(list.innerEnd)
    );
  }
  const block = `<${p}dataValidations count="${elements.length}">${body}</${p}dataValidations>`;
  if (list) return xml.slice(0, list.start) + block + xml.slice(list.end);
  return insertAt(xml, positionBefore(xml, worksheetChildrenAfter("dataValidations")), block);
}

/** Adds `<conditionalFormatting>` blocks after the sheet's own (unprefixed local XML). */
export function addConditionalFormats(xml: string, blocks: readonly string[]): string {
  if (blocks.length === 0) return xml;
  const p = rootPrefix(xml);
  const body = blocks
    .map((b) => (p ? b.replace(/<(\/?)(conditionalFormatting|cfRule|formula)\b/g, `<$1${p}$2`) : b))
    .join("");
  const own = topLevel(xml).filter((e) => e.local === "conditionalFormatting");
  const at = own.length ? own[own.length - 1]!.end : positionBefore(xml, AFTER_CF);
  return insertAt(xml, at, body);
}

const formulaOf = (inner: string, local: string) =>
  unescapeXml(new RegExp(`<(?:[\\w.-]+:)?${local}>([\\s\\S]*?)</`).exec(inner)?.[1] ?? "");

/**
 * Removes the data validations that are `wanted` (sheet range, type and first formula as written); the
 * list goes too when nothing of the user's is left in it. Returns the XML and how many were removed.
 */
export function removeValidations(
  xml: string,
  wanted: ReadonlyArray<{ sqref: string; type: string; formula: string }>
): { xml: string; removed: number } {
  const list = findElement(xml, "dataValidations");
  if (!list || list.tag.endsWith("/>") || wanted.length === 0) return { xml, removed: 0 };
  const left = [...wanted];
  let removed = 0;
  const inner = xml
    .slice(list.inner, list.innerEnd)
    .replace(
      /<((?:[\w.-]+:)?dataValidation)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g,
      (whole, _n, attrs: string, body?: string) => {
        const tag = `<x${attrs}>`;
        const i = left.findIndex(
          (w) =>
            w.sqref === attr(tag, "sqref") &&
            w.type === attr(tag, "type") &&
            w.formula === formulaOf(body ?? "", "formula1")
        );
        if (i < 0) return whole;
        left.splice(i, 1);
        removed++;
        return "";
      }
    );
  const count = (inner.match(/<(?:[\w.-]+:)?dataValidation\b/g) ?? []).length;
  const next =
    count === 0
      ? xml.slice(0, list.start) + xml.slice(list.end)
      : xml.slice(0, list.start) +
        setAttr(list.tag, "count", String(count)) +
        inner +
        xml.slice(list.innerEnd);
  return { xml: next, removed };
}

/** Removes the colour rules that are `wanted` (range and formula); a block left empty goes too. */
export function removeColourRules(
  xml: string,
  wanted: ReadonlyArray<{ sqref: string; formula: string }>
): { xml: string; removed: number } {
  if (wanted.length === 0) return { xml, removed: 0 };
  const left = [...wanted];
  let removed = 0;
  const next = xml.replace(
    /<((?:[\w.-]+:)?conditionalFormatting)\b([^>]*)>([\s\S]*?)<\/\1>/g,
    (whole, _n, attrs: string, body: string) => {
      const sqref = attr(`<x${attrs}>`, "sqref");
      const kept = body.replace(
        /<((?:[\w.-]+:)?cfRule)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g,
        (rule, _r, ra: string, rb?: string) => {
          const i = left.findIndex(
            (w) =>
              w.sqref === sqref &&
              attr(`<x${ra}>`, "type") === "cellIs" &&
              w.formula === formulaOf(rb ?? "", "formula")
          );
          if (i < 0) return rule;
          left.splice(i, 1);
          removed++;
          return "";
        }
      );
      if (kept === body) return whole;
      return /<(?:[\w.-]+:)?cfRule\b/.test(kept) ? whole.replace(body, kept) : "";
    }
  );
  return { xml: next, removed };
}

export function validationXml(v: {
  readonly sqref: string;
  readonly type: "list" | "date";
  readonly formula: string;
  readonly prompt?: { readonly title: string; readonly text: string };
  readonly error: { readonly title: string; readonly text: string; readonly style: string };
}): string {
  const op = v.type === "date" ? ` operator="greaterThan"` : "";
  const prompt = v.prompt
    ? ` showInputMessage="1" promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.text)}"`
    : "";
  return `<dataValidation type="${v.type}" errorStyle="${v.error.style}"${op} allowBlank="1"${prompt} showErrorMessage="1" errorTitle="${escapeXml(v.error.title)}" error="${escapeXml(v.error.text)}" sqref="${escapeXml(v.sqref)}"><formula1>${escapeText(v.formula)}</formula1></dataValidation>`;
}

export function colourRulesXml(
  sqref: string,
  rules: ReadonlyArray<{ formula: string; dxfId: number; priority: number }>
): string {
  const body = rules
    .map(
      (r) =>
        `<cfRule type="cellIs" dxfId="${r.dxfId}" priority="${r.priority}" operator="equal"><formula>${escapeText(r.formula)}</formula></cfRule>`
    )
    .join("");
  return `<conditionalFormatting sqref="${escapeXml(sqref)}">${body}</conditionalFormatting>`;
}
