// Tag-level reading of worksheet XML for the lossless checker: the root's children with their exact text,
// and every cell and row with its attributes (implicit row and column numbers worked out).

const TOP =
  /<(\/?)([\w.-]+:)?([\w.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

interface Node {
  readonly local: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The root's child elements with their exact text (a depth-counting scan of the tags). */
export function children(xml: string): Node[] {
  const out: Node[] = [];
  let depth = 0;
  let start = 0;
  let local = "";
  TOP.lastIndex = 0;
  for (let m = TOP.exec(xml); m; m = TOP.exec(xml)) {
    if (m[3] === undefined) continue;
    const closing = m[1] === "/";
    const selfClosing = m[5] === "/";
    if (!closing) {
      if (depth === 1) {
        start = m.index;
        local = m[3];
      }
      if (selfClosing) {
        if (depth === 1) out.push({ local, text: m[0], start, end: m.index + m[0].length });
      } else depth++;
    } else {
      depth--;
      if (depth === 1) {
        const end = m.index + m[0].length;
        out.push({ local, text: xml.slice(start, end), start, end });
      }
    }
  }
  return out;
}

export function attrsOf(tag: string): Map<string, string> {
  const head = /^<[^>]*>/.exec(tag)?.[0] ?? tag;
  const out = new Map<string, string>();
  for (const m of head
    .replace(/^<[\w:.-]+/, "")
    .matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1] ?? "", m[2] ?? m[3] ?? "");
  return out;
}

function colOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n;
}

interface CellText {
  readonly attrs: Map<string, string>;
  readonly body: string;
}

/** Every cell of a worksheet by "row,col" (implicit r worked out), and every row's attributes. */
export function cellsOf(xml: string): {
  cells: Map<string, CellText>;
  rows: Map<number, Map<string, string>>;
} {
  const cells = new Map<string, CellText>();
  const rows = new Map<number, Map<string, string>>();
  const data = /<([\w.-]+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1?sheetData>)/.exec(xml);
  const inner = data?.[2] ?? "";
  let row = 0;
  for (const r of inner.matchAll(/<((?:[\w.-]+:)?row)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
    const a = attrsOf(`<row${r[2] ?? ""}>`);
    row = a.has("r") ? Number(a.get("r")) : row + 1;
    a.delete("r");
    a.delete("spans");
    rows.set(row, a);
    let col = 0;
    for (const c of (r[3] ?? "").matchAll(
      /<((?:[\w.-]+:)?c)(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g
    )) {
      const ca = attrsOf(`<c${c[2] ?? ""}>`);
      col = ca.has("r") ? colOf(ca.get("r") ?? "") : col + 1;
      ca.delete("r");
      cells.set(`${row},${col}`, { attrs: ca, body: c[3] ?? "" });
    }
  }
  return { cells, rows };
}
