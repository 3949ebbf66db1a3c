/**
 * A small streaming XML tokenizer for SpreadsheetML parts. It is fed text in chunks and reports tags by
 * local name (the prefix of `<x:c>` is dropped, so prefixed and unprefixed packages read alike), with
 * the raw attribute text for `attr` to pick from, and text only while the handler asks for it. Nothing of
 * the document is kept beyond the current tag, which is what keeps a 100 MB sheet in bounded memory.
 * Measured against saxes, fast-xml-parser and txml in BENCHMARKS.md (issue 14): 2.7 times faster than
 * saxes on sheet XML, since a cell needs three attributes and one text, not a generic event per node.
 */
export interface XmlHandler {
  /** `attrs` is the tag's text after its name; `selfClosing` for `<x/>` (no close event follows). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Called with decoded text (entities resolved) only while `wantText` is true. */
  text(text: string): void;
  readonly wantText: boolean;
  /**
   * Optional fast path for a start tag `<c` (no prefix) at `lt` of `s`: the handler reads the whole cell
   * element in place and returns where parsing resumes, or -1 (nothing changed) for the generic events.
   * A sheet's cells are nearly all its tags: four events and a string for the attributes each cost more
   * than the reading itself (--cpu-prof on the bench workbook, issue 14).
   */
  cellAt?(s: string, lt: number): number;
}

const GT = 62; // >
const QUOT = 34;
const APOS = 39;
const SLASH = 47;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Resolves the five named entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** The value of attribute `name` (unprefixed) in a tag's attribute text, entities resolved. */
export function attr(attrs: string, name: string): string | undefined {
  let i = attrs.indexOf(name);
  while (i >= 0) {
    const before = i === 0 ? 32 : attrs.charCodeAt(i - 1);
    let j = i + name.length;
    while (isSpace(attrs.charCodeAt(j))) j++;
    if (isSpace(before) && attrs.charCodeAt(j) === 61) {
      j++;
      while (isSpace(attrs.charCodeAt(j))) j++;
      const q = attrs.charCodeAt(j);
      if (q === QUOT || q === APOS) {
        const end = attrs.indexOf(q === QUOT ? '"' : "'", j + 1);
        if (end < 0) return undefined;
        return decodeEntities(attrs.slice(j + 1, end));
      }
    }
    i = attrs.indexOf(name, i + 1);
  }
  return undefined;
}

/** The value of a prefixed attribute whatever its prefix (`r:id`, `ns2:id`), e.g. `prefixedAttr(a, "id")`. */
export function prefixedAttr(attrs: string, local: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)[A-Za-z_][\\w.-]*:${local}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(
    attrs
  );
  return m ? decodeEntities(m[2] ?? m[3] ?? "") : undefined;
}

/** True for "1", "true" (the two ways a boolean attribute is written). */
export const isTrue = (v: string | undefined): boolean => v === "1" || v === "true";

/** Where `>` closes the tag opened at `from`, skipping quoted attribute values; -1 if not yet in `s`. */
export function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === GT) return i;
    else if (c === QUOT || c === APOS) quote = c;
  }
  return -1;
}

/** Where a tag's name that starts at `from` ends (at a space, or `stop`). */
function nameEnd(s: string, from: number, stop: number): number {
  let i = from;
  while (i < stop && !isSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * The local name of the tag name in `s` from `start` to `end` (after any prefix). The names a sheet
 * repeats a million times come back as constants instead of new strings: garbage collection took a
 * sixth of the reading time before (--cpu-prof on the bench workbook).
 */
function localName(s: string, start: number, end: number): string {
  let from = start;
  for (let i = start; i < end; i++) {
    if (s.charCodeAt(i) === 58 /* : */) {
      from = i + 1;
      break;
    }
  }
  const len = end - from;
  const c0 = s.charCodeAt(from);
  if (len === 1) {
    if (c0 === 99) return "c";
    if (c0 === 118) return "v";
    if (c0 === 116) return "t";
    if (c0 === 102) return "f";
    if (c0 === 114) return "r";
  } else if (len === 3 && c0 === 114 && s.startsWith("row", from)) return "row";
  else if (len === 2 && s.startsWith("si", from)) return "si";
  else if (len === 2 && s.startsWith("is", from)) return "is";
  return s.slice(from, end);
}

export class XmlTokenizer {
  private buf = "";

  constructor(private readonly handler: XmlHandler) {}

  /** Parses what it can of `chunk`, keeping an unfinished tag for the next call. */
  write(chunk: string): void {
    let from = 0;
    if (this.buf.length > 0) {
      // The unfinished tag is finished before the chunk's first "<": parse that joint on its own, then
      // the chunk itself. Parsing `buf + chunk` walks a concatenated string, measured a third slower.
      const lt = chunk.indexOf("<");
      if (lt < 0) {
        const s = this.buf + chunk;
        this.buf = s.slice(this.scan(s, 0));
        return;
      }
      const head = this.buf + chunk.slice(0, lt);
      const stop = this.scan(head, 0);
      if (stop < head.length) {
        // a comment or CDATA section runs on past the joint: the rare case for a joined string
        const s = head.slice(stop) + chunk.slice(lt);
        this.buf = s.slice(this.scan(s, 0));
        return;
      }
      from = lt;
    }
    this.buf = chunk.slice(this.scan(chunk, from));
  }

  /** Reports the tags and text of `s` from `pos`; returns where an unfinished tag or text starts. */
  private scan(s: string, pos: number): number {
    const h = this.handler;
    const fast = h.cellAt !== undefined;
    for (;;) {
      // in sheet data the next tag nearly always starts where the last one ended: no search for it
      const lt = s.charCodeAt(pos) === 60 /* < */ ? pos : s.indexOf("<", pos);
      if (lt < 0) {
        if (h.wantText && pos < s.length) {
          // text runs on past this chunk: hand over what is complete, up to a possible entity
          const amp = s.lastIndexOf("&");
          const cut = amp >= pos && s.indexOf(";", amp) < 0 ? amp : s.length;
          if (cut > pos) h.text(decodeEntities(s.slice(pos, cut)));
          return cut;
        }
        return s.length;
      }
      if (lt > pos && h.wantText) h.text(decodeEntities(s.slice(pos, lt)));
      const next = s.charCodeAt(lt + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const stop = this.special(s, lt);
        if (stop < 0) return lt;
        pos = stop;
        continue;
      }
      if (fast && next === 99 /* c */ && isSpace(s.charCodeAt(lt + 2))) {
        const end = (h.cellAt as (s: string, lt: number) => number).call(h, s, lt);
        if (end >= 0) {
          pos = end;
          continue;
        }
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) return lt;
      pos = gt + 1;
      if (next === SLASH) {
        h.close(localName(s, lt + 2, nameEnd(s, lt + 2, gt)));
        continue;
      }
      const self = s.charCodeAt(gt - 1) === SLASH;
      const end = nameEnd(s, lt + 1, self ? gt - 1 : gt);
      const name = localName(s, lt + 1, end);
      h.open(name, s.slice(end, self ? gt - 1 : gt), self);
      if (self) h.close(name);
    }
  }

  /** Comments, CDATA, declarations and processing instructions; returns where parsing resumes. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantText) this.handler.text(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.length < lt + 9) return -1;
    const end = s.charCodeAt(lt + 1) === 63 ? s.indexOf("?>", lt) : tagEnd(s, lt + 1);
    if (end < 0) return -1;
    return s.charCodeAt(lt + 1) === 63 ? end + 2 : end + 1;
  }
}

/** Whether every byte is below 0x80: then latin-1 and UTF-8 read them alike. Four bytes a step. */
function isAscii(b: Uint8Array): boolean {
  const n = b.length;
  let i = 0;
  const head = Math.min(n, (4 - (b.byteOffset & 3)) & 3);
  for (; i < head; i++) if ((b[i] as number) & 0x80) return false;
  const words = (n - i) >> 2;
  if (words > 0) {
    const w = new Uint32Array(b.buffer, b.byteOffset + i, words);
    for (let k = 0; k < words; k++) if ((w[k] as number) & 0x80808080) return false;
    i += words * 4;
  }
  for (; i < n; i++) if ((b[i] as number) & 0x80) return false;
  return true;
}

type Latin1 = (chunk: Uint8Array) => string;

/**
 * Node's latin-1 decoding of a Buffer (a copy of the bytes), null in a browser. Sheet XML is mostly
 * ASCII, and the streaming TextDecoder took twice as long over it (BENCHMARKS.md, wt19-cli3x).
 */
function nodeLatin1(): Latin1 | null {
  const B = (globalThis as { Buffer?: { isBuffer(x: unknown): boolean } }).Buffer;
  if (!B || typeof B.isBuffer !== "function") return null;
  return (chunk) =>
    B.isBuffer(chunk)
      ? (chunk as Uint8Array & { toString(encoding: "latin1"): string }).toString("latin1")
      : new TextDecoder("utf-8").decode(chunk);
}

/** Feeds bytes to a tokenizer, choosing UTF-8 or UTF-16 from the byte-order mark of the first chunk. */
export function byteFeeder(tokenizer: XmlTokenizer): {
  push(chunk: Uint8Array): void;
  end(): void;
} {
  let decoder: { decode(input?: Uint8Array, options?: { stream?: boolean }): string } | null = null;
  // ASCII chunks of UTF-8 are read as latin-1 until the decoder is first needed: from then on it may
  // hold the start of a character cut by the chunk's end, so every later chunk goes through it
  let latin1: Latin1 | null = null;
  return {
    push(chunk) {
      if (!decoder) {
        const utf16 =
          (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);
        decoder = new TextDecoder(utf16 ? (chunk[0] === 0xff ? "utf-16le" : "utf-16be") : "utf-8");
        latin1 = utf16 ? null : nodeLatin1();
      }
      if (latin1 && isAscii(chunk)) tokenizer.write(latin1(chunk));
      else {
        latin1 = null;
        tokenizer.write(decoder.decode(chunk, { stream: true }));
      }
    },
    end() {
      if (decoder) tokenizer.write(decoder.decode());
    },
  };
}
