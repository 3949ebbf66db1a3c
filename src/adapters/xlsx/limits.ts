import JSZip from "jszip";

/**
 * How big a workbook the reader takes on. ExcelJS holds every cell as an object (measured: a sheet whose
 * XML is 51 MB, 1 million cells, takes 7 s and 340 MB of heap to load), and it builds a cell object for
 * every cell a merged area covers, checking each new merge against all earlier ones (10,000 merges take
 * about 6 s). Beyond these limits a file is refused with a sentence instead of exhausting memory.
 */
export interface XlsxLimits {
  /** Uncompressed bytes of the worksheets and the shared strings together. */
  readonly sheetBytes: number;
  /** Uncompressed bytes of every part of the package (images included). */
  readonly packageBytes: number;
  /** Cells in one sheet's declared `<dimension>` or used area (rows × columns). */
  readonly sheetCells: number;
  /** Cells covered by merged areas, over the whole workbook. */
  readonly mergedCells: number;
  /** Merged areas in one sheet. */
  readonly mergesPerSheet: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  sheetBytes: 200_000_000,
  packageBytes: 500_000_000,
  sheetCells: 20_000_000,
  mergedCells: 2_000_000,
  mergesPerSheet: 10_000,
};

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = /^xl\/sharedStrings\.xml$/i;
// A tag is far shorter than this; it is how much text is kept between chunks so none is cut in two.
const CARRY = 512;

const count = (n: number): string => n.toLocaleString("en-GB");
const megabytes = (n: number): string => `${count(Math.ceil(n / 1_000_000))} MB`;

/** The start of every refusal, so the CLI's message reads "plan.xlsx: this workbook is too large …". */
const TOO_LARGE = "this workbook is too large to check:";

export interface Area {
  readonly rows: number;
  readonly cols: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "A1:Z2000000" → 2,000,000 rows × 26 columns; null when it is not a cell range. */
export function refArea(ref: string): Area | null {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,9})(?::\$?([A-Za-z]{1,4})\$?(\d{1,9}))?$/.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  const r1 = Number(m[2]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c1 = columnNumber(m[1]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  return { rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

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

/** The refusal for parts whose stated sizes are over the limits (read from the zip's directory). */
export function declaredSizeProblem(
  parts: ReadonlyArray<{ readonly name: string; readonly size: number }>,
  limits: XlsxLimits = XLSX_LIMITS
): string | null {
  const isSheetPart = (name: string): boolean => SHEET_PART.test(name) || SHARED_STRINGS.test(name);
  const sheets = parts.filter((p) => isSheetPart(p.name)).reduce((n, p) => n + p.size, 0);
  if (sheets > limits.sheetBytes) {
    return `${TOO_LARGE} its sheets expand to ${megabytes(sheets)}; the limit is ${megabytes(limits.sheetBytes)}.`;
  }
  const all = parts.reduce((n, p) => n + p.size, 0);
  if (all > limits.packageBytes) {
    return `${TOO_LARGE} its contents expand to ${megabytes(all)}; the limit is ${megabytes(limits.packageBytes)}.`;
  }
  return null;
}

/** The refusal for a sheet whose `<dimension>` declares more cells than the limit. */
export function dimensionProblem(
  sheet: string,
  dim: Area | null,
  limits: XlsxLimits = XLSX_LIMITS
): string | null {
  if (!dim || dim.rows * dim.cols <= limits.sheetCells) return null;
  return `${TOO_LARGE} sheet "${sheet}" declares ${count(dim.rows)} rows × ${count(dim.cols)} columns (${count(dim.rows * dim.cols)} cells); the limit is ${count(limits.sheetCells)} cells.`;
}

/** The refusal for too many merged areas in `sheet`, or merged cells over the workbook's limit. */
export function mergesProblem(
  sheet: string,
  merges: number,
  mergedCells: number,
  limits: XlsxLimits = XLSX_LIMITS
): string | null {
  if (merges > limits.mergesPerSheet) {
    return `${TOO_LARGE} sheet "${sheet}" has ${count(merges)} merged areas; the limit is ${count(limits.mergesPerSheet)}.`;
  }
  if (mergedCells > limits.mergedCells) {
    return `${TOO_LARGE} its merged areas cover ${count(mergedCells)} cells; the limit is ${count(limits.mergedCells)}.`;
  }
  return null;
}

/** The refusal for a sheet whose used area (rows × columns) is over `limits.sheetCells`. */
export function usedAreaProblem(
  sheet: string,
  rows: number,
  cols: number,
  limits: XlsxLimits = XLSX_LIMITS
): string | null {
  if (rows * cols <= limits.sheetCells) return null;
  return `${TOO_LARGE} sheet "${sheet}" uses ${count(rows)} rows × ${count(cols)} columns (${count(rows * cols)} cells); the limit is ${count(limits.sheetCells)} cells.`;
}
