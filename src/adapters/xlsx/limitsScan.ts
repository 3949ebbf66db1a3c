// The size check of a package through JSZip, before ExcelJS loads it (read.ts, the --out copy's path).
// Apart from limits.ts so that the check's own reader, which needs only the limits, never loads JSZip:
// a module the CLI's every start paid for (BENCHMARKS.md, wt19-cli3x).
import JSZip from "jszip";
import {
  declaredSizeProblem,
  dimensionProblem,
  mergesProblem,
  refArea,
  SHEET_PART,
  XLSX_LIMITS,
  type Area,
  type XlsxLimits,
} from "./limits";

// A tag is far shorter than this; it is how much text is kept between chunks so none is cut in two.
const CARRY = 512;

/** Declared uncompressed size of a zip entry (JSZip reads it from the central directory). */
function declaredSize(file: JSZip.JSZipObject): number {
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data
    ?.uncompressedSize;
  return typeof size === "number" && size >= 0 ? size : 0;
}

/** Sheet part path → the sheet's name, from workbook.xml and its relationships; {} when unreadable. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const book = zip.file(/^xl\/workbook\.xml$/i)[0];
  const rels = zip.file(/^xl\/_rels\/workbook\.xml\.rels$/i)[0];
  // both are small; a huge one is a crafted file, and the sizes were checked before this is called
  if (!book || !rels) return names;
  const [bookXml, relsXml] = await Promise.all([book.async("string"), rels.async("string")]);
  const attr = (tag: string, name: string): string | undefined =>
    new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, `xl/${target.replace(/^\/?xl\//, "")}`.toLowerCase());
  }
  for (const m of bookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id");
    const part = rid ? targets.get(rid) : undefined;
    if (name && part) names.set(part, name.replace(/&amp;/g, "&").replace(/&quot;/g, '"'));
  }
  return names;
}

/** JSZip's chunked inflater (`internalStream`: public in its docs, missing from its typings). */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (e: Error) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** Feeds a part's inflated bytes to `onChunk` until it returns false or the part ends. */
function inflate(file: JSZip.JSZipObject, onChunk: (chunk: Uint8Array) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): ChunkStream }
    ).internalStream("uint8array");
    let done = false;
    stream
      .on("data", (chunk) => {
        if (done) return;
        if (!onChunk(chunk)) {
          done = true;
          stream.pause();
          resolve();
        }
      })
      .on("error", (e) => {
        if (!done) reject(e);
        done = true;
      })
      .on("end", () => {
        if (!done) resolve();
        done = true;
      })
      .resume();
  });
}

/** What one sheet part says about its size, read as it is inflated. */
interface SheetScan {
  readonly bytes: number;
  /** The part inflated to more than its zip entry states (a zip bomb, or a damaged file). */
  readonly overran: boolean;
  readonly dimension: Area | null;
  readonly merges: number;
  readonly mergedCells: number;
}

/**
 * Inflates one part chunk by chunk, never past the size its entry states, counting bytes and (for a
 * worksheet) reading its `<dimension>` and `<mergeCell>` tags. Nothing but a small carry is kept.
 */
async function scanPart(file: JSZip.JSZipObject, isSheet: boolean): Promise<SheetScan> {
  const cap = declaredSize(file);
  const decoder = new TextDecoder("utf-8");
  let bytes = 0;
  let overran = false;
  let dimension: Area | null = null;
  let merges = 0;
  let mergedCells = 0;
  let carry = "";
  const onChunk = (chunk: Uint8Array): boolean => {
    bytes += chunk.length;
    if (bytes > cap) {
      overran = true;
      return false;
    }
    if (!isSheet) return true;
    const text = carry + decoder.decode(chunk, { stream: true });
    let end = 0;
    if (!dimension) {
      const d = /<(?:\w+:)?dimension\b[^>]*?\sref="([^"]*)"/.exec(text);
      if (d?.[1]) {
        dimension = refArea(d[1]) ?? { rows: 0, cols: 0 };
        end = d.index + d[0].length;
      }
    }
    for (const m of text.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\sref="([^"]*)"/g)) {
      const area = m[1] ? refArea(m[1]) : null;
      merges++;
      if (area) mergedCells += area.rows * area.cols;
      end = Math.max(end, (m.index ?? 0) + m[0].length);
    }
    carry = text.slice(Math.max(end, text.length - CARRY));
    return true;
  };
  await inflate(file, onChunk);
  return { bytes, overran, dimension, merges, mergedCells };
}

/**
 * Why an .xlsx is too large to read safely, as a sentence, or null when it is within `XLSX_LIMITS`.
 * Looks only at the zip's directory and streams each part once: nothing is parsed into cells. A file
 * that is not a zip at all gets null here and its own message from the reader.
 */
export async function xlsxSizeProblem(
  bytes: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS
): Promise<string | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);

  const declared = declaredSizeProblem(
    files.map((f) => ({ name: f.name, size: declaredSize(f) })),
    limits
  );
  if (declared) return declared;

  // every part is inflated (within its stated size) before any is read whole, workbook.xml included
  const scans: Array<{ name: string; scan: SheetScan }> = [];
  for (const f of files) {
    let scan: SheetScan;
    try {
      scan = await scanPart(f, SHEET_PART.test(f.name));
    } catch {
      // corrupt compressed data: ExcelJS meets it too and the reader says the file is not readable
      return null;
    }
    if (scan.overran) {
      return `this file is damaged: its part ${f.name} expands beyond the size the zip states (a broken file or a "zip bomb").`;
    }
    if (SHEET_PART.test(f.name)) scans.push({ name: f.name, scan });
  }
  const names = await sheetNames(zip);
  let mergedCells = 0;
  for (const { name, scan } of scans) {
    const sheet = names.get(name.toLowerCase()) ?? name;
    const problem =
      dimensionProblem(sheet, scan.dimension, limits) ??
      mergesProblem(sheet, scan.merges, 0, limits);
    if (problem) return problem;
    mergedCells += scan.mergedCells;
  }
  return mergesProblem("", 0, mergedCells, limits);
}
