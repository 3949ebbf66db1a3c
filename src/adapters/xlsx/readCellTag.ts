import { attr, decodeEntities, tagEnd } from "./readXml";

// A cell tag's attributes, parsed without making strings: the reader's
// hottest path (one cell tag per cell of every sheet).

const R = 114;
const S = 115;
const T = 116;
const EQ = 61;

/** A cell tag's attributes as the reader needs them; one object per sheet, overwritten per cell. */
export interface CellTag {
  col: number;
  row: number;
  style: number;
  type: string;
}

/** "s", "n", "b", "e", "d", "str" as constants: every cell has a type, and a new string each is waste. */
function typeName(a: string, from: number, to: number): string {
  if (to - from === 1) {
    const c = a.charCodeAt(from);
    if (c === S) return "s";
    if (c === 110) return "n";
    if (c === 98) return "b";
    if (c === 101) return "e";
    if (c === 100) return "d";
  }
  const t = a.slice(from, to);
  return t === "str" ? "str" : t;
}

/** The whole number written between `from` and `to` (0 when it is not one). */
function digits(a: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = a.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}

/** Column and row of the reference between `from` and `to` ("BC12" → 55, 12) into `out`. */
function reference(a: string, from: number, to: number, out: CellTag): void {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = a.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + c - 96;
  }
  let row = 0;
  for (; i < to; i++) {
    const d = a.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  out.col = col;
  out.row = row;
}

/**
 * A cell tag's r, s and t in one pass over its attributes, written into `out`: the reader's hottest
 * path, so no string is made for the reference or the type. A value holding an entity (never seen in
 * these three) falls back to `attr`.
 */
export function cellAttributes(a: string, out: CellTag): void {
  out.col = 0;
  out.row = 0;
  out.style = 0;
  out.type = "n";
  let i = 0;
  const n = a.length;
  while (i < n) {
    while (i < n && isBlank(a.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && a.charCodeAt(i) !== EQ && !isBlank(a.charCodeAt(i))) i++;
    const nameLen = i - nameStart;
    while (i < n && a.charCodeAt(i) !== 34 && a.charCodeAt(i) !== 39) i++;
    const quote = a.charCodeAt(i);
    const valueStart = i + 1;
    i = a.indexOf(quote === 34 ? '"' : "'", valueStart);
    if (i < 0) break;
    if (nameLen === 1) {
      const c = a.charCodeAt(nameStart);
      if (c === R) reference(a, valueStart, i, out);
      else if (c === S) out.style = digits(a, valueStart, i);
      else if (c === T) out.type = typeName(a, valueStart, i);
    }
    i++;
  }
  if (a.includes("&")) {
    const ref = attr(a, "r") ?? "";
    reference(ref, 0, ref.length, out);
    out.type = attr(a, "t") ?? "n";
  }
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** A whole cell element as `scanCell` reads it: its tag's attributes, then its value's raw text. */
export interface ScannedCell extends CellTag {
  raw: string;
  /** A `t="s"` cell's shared-string index when written as plain digits (raw is then ""), else -1. */
  index: number;
  hasValue: boolean;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const C = 99;
const V = 118;

/** The end of the unprefixed `<f …>…</f>` or `<f …/>` at `i`; -1 when it is not one or runs past `s`. */
function formulaEnd(s: string, i: number): number {
  const c = s.charCodeAt(i + 2);
  if (!(c === GT || c === SLASH || isBlank(c))) return -1;
  const gt = tagEnd(s, i + 2);
  if (gt < 0) return -1;
  if (s.charCodeAt(gt - 1) === SLASH) return gt + 1;
  const close = s.indexOf("</f>", gt + 1);
  return close < 0 ? -1 : close + 4;
}

/**
 * The common shape of r, s and t, read in one pass: `r="B12"`, `s="3"`, `t="s"` with a plain closing
 * quote, nothing to decode. Returns where that quote is, or -1 for anything else (then read in general).
 * The general scan of each attribute was the reader's costliest function (--cpu-prof, wt19-cli3x).
 */
function shortValue(s: string, name: number, from: number, out: ScannedCell): number {
  let i = from;
  const n = s.length;
  if (name === R) {
    let col = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i) | 32;
      if (c < 97 || c > 122) break;
      col = col * 26 + c - 96;
    }
    let row = 0;
    for (; i < n; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      row = row * 10 + d;
    }
    if (s.charCodeAt(i) !== 34) return -1;
    out.col = col;
    out.row = row;
    return i;
  }
  if (name === S) {
    let style = 0;
    for (; i < n; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      style = style * 10 + d;
    }
    if (s.charCodeAt(i) !== 34) return -1;
    out.style = style;
    return i;
  }
  if (name === T && s.charCodeAt(i + 1) === 34 && s.charCodeAt(i) !== 38) {
    out.type = typeName(s, i, i + 1);
    return i + 1;
  }
  return -1;
}

/** Reads the start tag's attributes from `i` (after `<c`) into `out`; where the tag's `>` or `/` is, or -1. */
function scanCellTag(s: string, i: number, out: ScannedCell): number {
  const n = s.length;
  for (;;) {
    while (i < n && isBlank(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    const c = s.charCodeAt(i);
    if (c === GT || c === SLASH) return i;
    if (s.charCodeAt(i + 1) === EQ && s.charCodeAt(i + 2) === 34) {
      const end = shortValue(s, c, i + 3, out);
      if (end >= 0) {
        i = end + 1;
        continue;
      }
    }
    const nameStart = i;
    while (i < n && s.charCodeAt(i) !== EQ && !isBlank(s.charCodeAt(i))) i++;
    const nameLen = i - nameStart;
    while (i < n && isBlank(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== EQ) return -1;
    i++;
    while (i < n && isBlank(s.charCodeAt(i))) i++;
    const q = s.charCodeAt(i);
    if (q !== 34 && q !== 39) return -1;
    const from = i + 1;
    // the closing quote found by a loop, not indexOf: the values are a few characters, and the call
    // cost more than the search (--cpu-prof, BENCHMARKS.md wt19-cli3x); an "&" is noted on the way
    let to = from;
    let amp = false;
    for (; to < n; to++) {
      const v = s.charCodeAt(to);
      if (v === q) break;
      if (v === 38) amp = true;
    }
    if (to >= n) return -1;
    if (nameLen === 1) {
      const a = s.charCodeAt(nameStart);
      // an entity in r, s or t (never seen) is left to the generic reading
      if (amp && (a === R || a === S || a === T)) return -1;
      if (a === R) reference(s, from, to, out);
      else if (a === S) out.style = digits(s, from, to);
      else if (a === T) out.type = typeName(s, from, to);
    }
    i = to + 1;
  }
}

/** The index written between `from` and `to` when it is 1 to 9 plain digits, else -1. */
function plainIndex(s: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether `</` + `name` + `>` (one-letter name, as a char code) is at `i` of `s`. */
function closesAt(s: string, i: number, name: number): boolean {
  return (
    s.charCodeAt(i) === LT &&
    s.charCodeAt(i + 1) === SLASH &&
    s.charCodeAt(i + 2) === name &&
    s.charCodeAt(i + 3) === GT
  );
}

/**
 * Reads the cell element whose start tag `<c ` is at `lt` of `s` when it has the common shape: a
 * self-closing tag, or a formula and a plain `<v>` value (blanks between them passed over). Returns where
 * the element ends, or -1 for any other shape (an inline string, a prefixed child, a comment, a cell cut
 * by the end of `s`), which the generic events then read: the same cell either way.
 */
export function scanCell(s: string, lt: number, out: ScannedCell): number {
  out.col = 0;
  out.row = 0;
  out.style = 0;
  out.type = "n";
  out.raw = "";
  out.index = -1;
  out.hasValue = false;
  let i = scanCellTag(s, lt + 2, out);
  if (i < 0) return -1;
  if (s.charCodeAt(i) === SLASH) return s.charCodeAt(i + 1) === GT ? i + 2 : -1;
  const n = s.length;
  // tags matched by their characters: startsWith and indexOf were the reader's costliest lines
  for (i++; ;) {
    while (i < n && isBlank(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== LT) return -1;
    const next = s.charCodeAt(i + 1);
    if (next === SLASH) return closesAt(s, i, C) ? i + 4 : -1;
    if (next === V && s.charCodeAt(i + 2) === GT) {
      const from = i + 3;
      let to = from;
      while (to < n && s.charCodeAt(to) !== LT) to++;
      if (!closesAt(s, to, V)) return -1;
      // a shared string's index is read in place; any other value is kept as its text
      if (out.type === "s") out.index = plainIndex(s, from, to);
      if (out.index < 0) out.raw = decodeEntities(s.slice(from, to));
      out.hasValue = true;
      i = to + 4;
    } else if (next === 102 /* f */) {
      i = formulaEnd(s, i);
      if (i < 0) return -1;
    } else return -1;
  }
}
