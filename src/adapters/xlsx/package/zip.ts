import { deflateRawSync, inflateRawSync } from "node:zlib";
import { crc32 } from "./crc32";

// A zip container that can copy an entry as it was found: the local record (header, data and any data
// descriptor) and the central directory record are kept byte for byte, so a part the checked copy does not
// touch is not even recompressed. Parts it replaces or adds are deflated afresh. Node's zlib does the
// (de)compression; neither JSZip nor fflate can hand back an entry's compressed bytes for re-use with its
// original header, which is what "untouched parts are byte-identical" asks for.

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
const MAX32 = 0xffffffff;

export interface ZipEntry {
  /** The name as stored (forward slashes, no leading slash in a well-formed package). */
  readonly name: string;
  readonly method: number;
  readonly size: number;
  readonly compressedSize: number;
  /** The local record: header, data and any data descriptor, exactly as in the input. */
  readonly local: Uint8Array;
  /** The central directory record, exactly as in the input. */
  readonly central: Uint8Array;
  /** Byte offset of the local offset field inside `central` (patched when the record moves). */
  readonly offsetField: number;
  /** Offset of the compressed data inside `local`. */
  readonly dataStart: number;
}

export class ZipError extends Error {}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 2 ** 32;
}

function findEnd(b: Uint8Array): number {
  // the end record is the last 22 bytes, before a comment of up to 65,535 bytes
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 65535); at--) {
    if (u32(b, at) === END) return at;
  }
  throw new ZipError("it is not a zip package (no end of central directory)");
}

interface Directory {
  readonly offset: number;
  readonly count: number;
}

function directoryOf(b: Uint8Array, end: number): Directory {
  let offset = u32(b, end + 16);
  let count = u16(b, end + 10);
  const locator = end - 20;
  if ((offset === MAX32 || count === 0xffff) && locator >= 0 && u32(b, locator) === LOCATOR64) {
    const at = u64(b, locator + 8);
    if (u32(b, at) === END64) {
      count = u64(b, at + 32);
      offset = u64(b, at + 48);
    }
  }
  return { offset, count };
}

/** The zip64 extra field's values, in the order the spec lists them, for fields saturated at 0xFFFFFFFF. */
function zip64Offset(central: Uint8Array, extraAt: number, extraLen: number, needs: boolean[]) {
  let at = extraAt;
  while (at + 4 <= extraAt + extraLen) {
    const id = u16(central, at);
    const len = u16(central, at + 2);
    if (id === 1) {
      let field = at + 4;
      const values: number[] = [];
      const positions: number[] = [];
      for (const need of needs) {
        if (!need) continue;
        positions.push(field);
        values.push(u64(central, field));
        field += 8;
      }
      return { values, positions };
    }
    at += 4 + len;
  }
  return null;
}

/** Reads the central directory; entries keep their input order. Throws ZipError on a broken package. */
export function readZip(b: Uint8Array): ZipEntry[] {
  const end = findEnd(b);
  const dir = directoryOf(b, end);
  const raw: Array<Omit<ZipEntry, "local" | "dataStart"> & { localAt: number }> = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (u32(b, at) !== CENTRAL) throw new ZipError("its central directory is damaged");
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    const total = 46 + nameLen + extraLen + commentLen;
    const central = b.subarray(at, at + total);
    const flags = u16(b, at + 8);
    const nameBytes = b.subarray(at + 46, at + 46 + nameLen);
    const name = Buffer.from(nameBytes).toString(flags & 0x800 ? "utf8" : "latin1");
    let size = u32(b, at + 24);
    let compressedSize = u32(b, at + 20);
    let localAt = u32(b, at + 42);
    let offsetField = 42;
    const needs = [size === MAX32, compressedSize === MAX32, localAt === MAX32];
    if (needs.some(Boolean)) {
      const z = zip64Offset(central, 46 + nameLen, extraLen, needs);
      if (z) {
        let k = 0;
        if (needs[0]) size = z.values[k++] ?? size;
        if (needs[1]) compressedSize = z.values[k++] ?? compressedSize;
        if (needs[2]) {
          localAt = z.values[k] ?? localAt;
          offsetField = z.positions[k] ?? offsetField;
        }
      }
    }
    raw.push({
      name,
      method: u16(b, at + 10),
      size,
      compressedSize,
      central,
      offsetField,
      localAt,
    });
    at += total;
  }
  // a local record runs to the next one (or the directory): that takes in any data descriptor
  const starts = [...new Set(raw.map((r) => r.localAt))].sort((x, y) => x - y);
  const nextStart = new Map(starts.map((s, i) => [s, starts[i + 1] ?? dir.offset]));
  return raw.map(({ localAt, ...r }) => {
    if (u32(b, localAt) !== LOCAL) throw new ZipError(`the entry ${r.name} is damaged`);
    const dataStart = 30 + u16(b, localAt + 26) + u16(b, localAt + 28);
    const endAt = Math.max(nextStart.get(localAt) ?? dir.offset, localAt + dataStart);
    return { ...r, local: b.subarray(localAt, endAt), dataStart };
  });
}

/** An entry's uncompressed bytes. */
export function entryData(e: ZipEntry): Buffer {
  const data = e.local.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return inflateRawSync(data);
  throw new ZipError(`the entry ${e.name} uses compression method ${e.method}`);
}

/** A part's new content, deflated when it is set (kept small until the package is written). */
export interface DeflatedPart {
  readonly compressed: Buffer;
  readonly size: number;
  readonly crc: number;
}

/** Deflates new content: large parts (a summary of tens of thousands of exceptions, their notes) favour speed. */
export function deflatePart(data: Uint8Array): DeflatedPart {
  return {
    compressed: deflateRawSync(data, { level: data.length > 4_000_000 ? 1 : 6 }),
    size: data.length,
    crc: crc32(data),
  };
}

/** A deflated part's bytes. */
export function inflatePart(part: DeflatedPart): Buffer {
  return inflateRawSync(part.compressed);
}

/** What goes into the written package, in order: an input entry copied as is, or new content. */
export type ZipOutput =
  | { readonly kind: "copy"; readonly entry: ZipEntry }
  | { readonly kind: "new"; readonly name: string; readonly data: Uint8Array | DeflatedPart };

// 1980-01-01 00:00, the DOS epoch: new parts carry no clock time, so a copy is reproducible
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function freshRecords(
  name: string,
  content: Uint8Array | DeflatedPart
): { local: Buffer; central: Buffer } {
  const nameBytes = Buffer.from(name, "utf8");
  const { compressed, size, crc } = content instanceof Uint8Array ? deflatePart(content) : content;
  const utf8 = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
  const head = Buffer.alloc(30);
  head.writeUInt32LE(LOCAL, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(utf8, 6);
  head.writeUInt16LE(8, 8);
  head.writeUInt16LE(0, 10);
  head.writeUInt16LE(DOS_DATE, 12);
  head.writeUInt32LE(crc, 14);
  head.writeUInt32LE(compressed.length, 18);
  head.writeUInt32LE(size, 22);
  head.writeUInt16LE(nameBytes.length, 26);
  head.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(CENTRAL, 0);
  central.writeUInt16LE(20, 4);
  head.copy(central, 6, 4, 30); // version needed … extra length, as in the local header
  central.writeUInt16LE(0, 32);
  central.writeUInt16LE(0, 34);
  central.writeUInt16LE(0, 36);
  central.writeUInt32LE(0, 38);
  return {
    local: Buffer.concat([head, nameBytes, compressed]),
    central: Buffer.concat([central, nameBytes]),
  };
}

/** Writes a package; copied entries keep their bytes, only their recorded offset moves. */
export function writeZip(outputs: readonly ZipOutput[]): Buffer {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const o of outputs) {
    let local: Uint8Array;
    let central: Buffer;
    let field = 42;
    if (o.kind === "copy") {
      local = o.entry.local;
      central = Buffer.from(o.entry.central);
      field = o.entry.offsetField;
    } else {
      ({ local, central } = freshRecords(o.name, o.data));
    }
    if (field === 42) {
      if (offset > MAX32) throw new ZipError("the copy would be larger than 4 GB");
      central.writeUInt32LE(offset, 42);
    } else {
      central.writeUInt32LE(offset % 2 ** 32, field);
      central.writeUInt32LE(Math.floor(offset / 2 ** 32), field + 4);
    }
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(Math.min(outputs.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(outputs.length, 0xffff), 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
