import { Inflate } from "fflate";

/**
 * The zip container of an .xlsx, read from its central directory. Parts are found without regard to case
 * or a leading "/" (Excel opens `xl/SharedStrings.xml` and writers that store `\` separators), and each is
 * inflated in chunks, never past the size its entry states, so a sheet's XML is never held whole.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** What the central directory says the part inflates to. */
  readonly size: number;
  readonly localOffset: number;
}

/** A problem with the container itself: the reader turns it into "not a readable .xlsx workbook". */
export class ZipError extends Error {}

/** A part that inflates past its stated size: a broken file or a zip bomb. */
export class ZipOverrunError extends Error {
  constructor(readonly part: string) {
    super(`its part ${part} expands beyond the size the zip states`);
  }
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// Inflate input slices: one sheet's output arrives in pieces of bounded size (about 1 MB of XML for this
// much deflated input); fflate measured 2.4 times slower with 64 KB slices.
const SLICE = 256 * 1024;

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) + u16(b, i + 2) * 65536) >>> 0;
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 4294967296;

/** The key a part is found by: no leading slash, forward slashes, lower case. */
export const partKey = (name: string): string =>
  name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();

function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 65535);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD) return i;
  throw new ZipError("it is not a complete zip package");
}

/** Zip64 values for the directory, when the classic record's fields are saturated. */
function zip64Directory(b: Uint8Array, end: number): { count: number; offset: number } | null {
  const loc = end - 20;
  if (loc < 0 || u32(b, loc) !== EOCD64_LOCATOR) return null;
  const rec = u64(b, loc + 8);
  return { count: u64(b, rec + 32), offset: u64(b, rec + 48) };
}

/** Zip64 sizes and offset from an entry's extra field (id 1), for the fields that are 0xFFFFFFFF. */
function zip64Extra(
  b: Uint8Array,
  at: number,
  len: number,
  want: { size: boolean; csize: boolean; offset: boolean }
): { size?: number; csize?: number; offset?: number } {
  for (let i = at; i + 4 <= at + len;) {
    const id = u16(b, i);
    const n = u16(b, i + 2);
    if (id === 1) {
      let p = i + 4;
      const out: { size?: number; csize?: number; offset?: number } = {};
      if (want.size) ((out.size = u64(b, p)), (p += 8));
      if (want.csize) ((out.csize = u64(b, p)), (p += 8));
      if (want.offset) out.offset = u64(b, p);
      return out;
    }
    i += 4 + n;
  }
  return {};
}

/**
 * Inflates raw deflate data, handing each piece of output to `onChunk` (which may throw to stop it).
 * The default is fflate, pure JavaScript, for any host; the CLI passes Node's zlib (readZipNode.ts),
 * several times faster (measured in BENCHMARKS.md, issue 14).
 */
export type RawInflater = (raw: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

export const fflateInflater: RawInflater = async (raw, onChunk) => {
  const inflate = new Inflate((chunk) => onChunk(chunk));
  for (let i = 0; i < raw.length; i += SLICE) {
    inflate.push(raw.subarray(i, i + SLICE), i + SLICE >= raw.length);
  }
  if (raw.length === 0) inflate.push(raw, true);
};

export class ZipPackage {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflater: RawInflater = fflateInflater
  ) {
    const end = findEnd(bytes);
    let count = u16(bytes, end + 10);
    let offset = u32(bytes, end + 16);
    const z64 = count === 0xffff || offset === 0xffffffff ? zip64Directory(bytes, end) : null;
    if (z64) ({ count, offset } = z64);
    const names = new TextDecoder("utf-8");
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) {
        throw new ZipError("its directory is damaged");
      }
      const nameLen = u16(bytes, p + 28);
      const extraLen = u16(bytes, p + 30);
      const commentLen = u16(bytes, p + 32);
      let csize = u32(bytes, p + 20);
      let size = u32(bytes, p + 24);
      let local = u32(bytes, p + 42);
      if (csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
        const x = zip64Extra(bytes, p + 46 + nameLen, extraLen, {
          size: size === 0xffffffff,
          csize: csize === 0xffffffff,
          offset: local === 0xffffffff,
        });
        ((size = x.size ?? size), (csize = x.csize ?? csize), (local = x.offset ?? local));
      }
      const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
      const entry: ZipEntry = {
        name,
        method: u16(bytes, p + 10),
        flags: u16(bytes, p + 8),
        compressedSize: csize,
        size,
        localOffset: local,
      };
      if (!name.endsWith("/")) this.entries.set(partKey(name), entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  /** Every part (directories left out). */
  list(): ZipEntry[] {
    return [...this.entries.values()];
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(partKey(name));
  }

  /** The part's deflated bytes (a view, not a copy). */
  data(e: ZipEntry): Uint8Array {
    const h = e.localOffset;
    if (u32(this.bytes, h) !== LOCAL) throw new ZipError(`its part ${e.name} is damaged`);
    const start = h + 30 + u16(this.bytes, h + 26) + u16(this.bytes, h + 28);
    if (start + e.compressedSize > this.bytes.length) {
      throw new ZipError(`its part ${e.name} is cut short`);
    }
    return this.bytes.subarray(start, start + e.compressedSize);
  }

  /** Feeds the part's inflated bytes to `onChunk`, in order, and never more than its stated size. */
  async stream(e: ZipEntry, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    if (e.flags & 1) throw new ZipError(`its part ${e.name} is encrypted`);
    const raw = this.data(e);
    let total = 0;
    // an error from the consumer (a refusal, an overrun) passes through; one from the inflater is damage
    let fromConsumer: unknown = null;
    const take = (chunk: Uint8Array): void => {
      try {
        total += chunk.length;
        if (total > e.size) throw new ZipOverrunError(e.name);
        onChunk(chunk);
      } catch (err) {
        fromConsumer ??= err;
        throw err;
      }
    };
    if (e.method === 0) {
      for (let i = 0; i < raw.length; i += SLICE) take(raw.subarray(i, i + SLICE));
      return;
    }
    if (e.method !== 8) throw new ZipError(`its part ${e.name} uses an unknown compression`);
    try {
      await this.inflater(raw, take);
    } catch (err) {
      if (fromConsumer !== null) throw fromConsumer;
      throw new ZipError(`its part ${e.name} is damaged (${(err as Error).message})`);
    }
  }

  /** A small part's text (workbook, relationships, styles, theme): decoded whole. */
  async text(e: ZipEntry): Promise<string> {
    const decoder = new TextDecoder("utf-8");
    let out = "";
    await this.stream(e, (chunk) => (out += decoder.decode(chunk, { stream: true })));
    return out + decoder.decode();
  }
}
