import { colLetters, colNumber } from "./a1";
import { attr, findElement, setAttr } from "./xml";

/** A new style for a cell from the style it has now (its `s`, or the row's or column's when it has none). */
export type Restyle = (base: number) => number;

/** Cells to restyle, by row then column (1-based). */
export type CellEdits = ReadonlyMap<number, ReadonlyMap<number, Restyle>>;

interface ColStyle {
  readonly min: number;
  readonly max: number;
  readonly style: number;
}

function colStyles(xml: string, before: number): ColStyle[] {
  const cols = findElement(xml.slice(0, before), "cols");
  if (!cols) return [];
  const inner = xml.slice(cols.inner, cols.innerEnd);
  return [...inner.matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)].flatMap((m) => {
    const style = attr(m[0], "style");
    if (style === undefined) return [];
    return [
      { min: Number(attr(m[0], "min")), max: Number(attr(m[0], "max")), style: Number(style) },
    ];
  });
}

/** Widens a row's "spans" hint to take in `col` (Excel reads it as a hint; keep it true). */
function widenSpans(tag: string, col: number): string {
  const spans = attr(tag, "spans");
  if (!spans) return tag;
  const m = /^(\d+):(\d+)$/.exec(spans);
  if (!m) return tag;
  const lo = Math.min(Number(m[1]), col);
  const hi = Math.max(Number(m[2]), col);
  return setAttr(tag, "spans", `${lo}:${hi}`);
}

const CELL = /<((?:[\w.-]+:)?c)(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;

function patchRow(
  rowTag: string,
  inner: string,
  rowNum: number,
  edits: ReadonlyMap<number, Restyle>,
  p: string,
  baseOf: (col: number) => number
): { tag: string; inner: string } {
  const todo = [...edits.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let tag = rowTag;
  let last = 0;
  let col = 0;
  let k = 0;
  let insertedBefore = false;
  const newCell = (c: number) => {
    const s = edits.get(c)?.(baseOf(c)) ?? 0;
    tag = widenSpans(tag, c);
    return `<${p}c r="${colLetters(c)}${rowNum}" s="${s}"/>`;
  };
  CELL.lastIndex = 0;
  for (let m = CELL.exec(inner); m; m = CELL.exec(inner)) {
    const open = /^<[^>]*>/.exec(m[0])?.[0] ?? m[0];
    const ref = attr(open, "r");
    const thisCol = ref ? colNumber(ref) : col + 1;
    col = thisCol;
    let cellText = m[0];
    while (k < todo.length && (todo[k] ?? 0) < thisCol) {
      out.push(inner.slice(last, m.index), newCell(todo[k]!));
      last = m.index;
      insertedBefore = true;
      k++;
    }
    if (insertedBefore && !ref) {
      // a cell without r follows the one before it: give it its place now something precedes it
      cellText =
        setAttr(open, "r", `${colLetters(thisCol)}${rowNum}`) + cellText.slice(open.length);
    }
    insertedBefore = false;
    if (todo[k] === thisCol) {
      const base = Number(attr(open, "s") ?? 0);
      const s = edits.get(thisCol)?.(base) ?? base;
      const start = cellText.indexOf(open) >= 0 ? 0 : 0;
      const head = /^<[^>]*>/.exec(cellText)?.[0] ?? open;
      cellText = setAttr(head, "s", String(s)) + cellText.slice(start + head.length);
      k++;
    }
    if (cellText !== m[0]) {
      out.push(inner.slice(last, m.index), cellText);
      last = m.index + m[0].length;
    }
  }
  out.push(inner.slice(last));
  while (k < todo.length) out.push(newCell(todo[k++]!));
  return { tag, inner: out.join("") };
}

const ROW = /<((?:[\w.-]+:)?row)(?=[\s/>])[^>]*?(\/?)>/g;

/**
 * Restyles cells of a worksheet's XML in one pass over its sheetData, creating the cells (and rows) that
 * are not there yet in their place. Nothing else in the part changes: each cell keeps its value, type,
 * formula and every other attribute; only `s` is set.
 */
export function restyleCells(xml: string, edits: CellEdits): string {
  const data = findElement(xml, "sheetData");
  if (!data || edits.size === 0) return xml;
  const p = /^<([\w.-]+:)?/.exec(data.tag)?.[1] ?? "";
  const cols = colStyles(xml, data.start);
  const colBase = (c: number) => cols.find((x) => x.min <= c && c <= x.max)?.style ?? 0;
  const rows = [...edits.keys()].sort((a, b) => a - b);
  const newRow = (r: number) => {
    const cells = patchRow(`<${p}row r="${r}">`, "", r, edits.get(r)!, p, colBase);
    return `${cells.tag}${cells.inner}</${p}row>`;
  };
  const inner = data.tag.endsWith("/>") ? "" : xml.slice(data.inner, data.innerEnd);
  const out: string[] = [];
  let last = 0;
  let rowNum = 0;
  let k = 0;
  ROW.lastIndex = 0;
  for (let m = ROW.exec(inner); m && k < rows.length; m = ROW.exec(inner)) {
    const ref = attr(m[0], "r");
    const thisRow = ref ? Number(ref) : rowNum + 1;
    rowNum = thisRow;
    const selfClosing = m[2] === "/";
    const closeTag = `</${m[1]}>`;
    const end = selfClosing
      ? m.index + m[0].length
      : inner.indexOf(closeTag, m.index) + closeTag.length;
    let inserted = false;
    while (k < rows.length && (rows[k] ?? 0) < thisRow) {
      out.push(inner.slice(last, m.index), newRow(rows[k]!));
      last = m.index;
      inserted = true;
      k++;
    }
    let tag = inserted && !ref ? setAttr(m[0], "r", String(thisRow)) : m[0];
    let body = selfClosing ? "" : inner.slice(m.index + m[0].length, end - closeTag.length);
    let changed = tag !== m[0];
    if (rows[k] === thisRow) {
      const rowStyle = attr(m[0], "customFormat") === "1" ? attr(m[0], "s") : undefined;
      const baseOf = (c: number) => (rowStyle !== undefined ? Number(rowStyle) : colBase(c));
      const patched = patchRow(tag, body, thisRow, edits.get(thisRow)!, p, baseOf);
      tag = patched.tag;
      body = patched.inner;
      changed = true;
      k++;
    }
    if (changed) {
      const open = selfClosing && body ? tag.replace(/\s*\/>$/, ">") : tag;
      const text = selfClosing && !body ? open : `${open}${body}${closeTag}`;
      out.push(inner.slice(last, m.index), text);
      last = end;
    }
    ROW.lastIndex = end;
  }
  out.push(inner.slice(last));
  while (k < rows.length) out.push(newRow(rows[k++]!));
  const body = out.join("");
  if (data.tag.endsWith("/>")) {
    const open = data.tag.replace(/\s*\/>$/, ">");
    return `${xml.slice(0, data.start)}${open}${body}</${p}sheetData>${xml.slice(data.end)}`;
  }
  return xml.slice(0, data.inner) + body + xml.slice(data.innerEnd);
}
