import type { CellRange } from "../../core/grid/types";
import { parseArea } from "./areas";

/**
 * Merged areas read from the workbook's file, for Excel before ExcelApi 1.13 (which has no
 * getMergedAreasOrNullObject): `Office.context.document.getFileAsync` hands the add-in the workbook as an
 * .xlsx (Compressed), and each sheet part lists its merges in <mergeCells>. The file is what Excel holds
 * in memory, so merges made since the last save are there too.
 */

/** The part of Office.context.document used (the common API: no ExcelApi version needed). */
export interface OfficeFileSource {
  getFileAsync(
    fileType: "compressed",
    options: { sliceSize: number },
    callback: (result: AsyncOutcome<OfficeFileLike>) => void
  ): void;
}

export interface AsyncOutcome<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T;
  readonly error?: { readonly message: string };
}

export interface OfficeFileLike {
  readonly sliceCount: number;
  getSliceAsync(
    index: number,
    callback: (result: AsyncOutcome<{ data: ArrayLike<number> }>) => void
  ): void;
  closeAsync(callback?: () => void): void;
}

/** Office's largest slice (4 MB): fewest round trips. */
const SLICE_SIZE = 4 * 1024 * 1024;

function call<T>(start: (cb: (r: AsyncOutcome<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((r) =>
      r.status === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message ?? "failed"))
    )
  );
}

/** The whole file, slice by slice (Office allows one open file at a time, so it is always closed). */
export async function readFileBytes(source: OfficeFileSource): Promise<Uint8Array> {
  const file = await call<OfficeFileLike>((cb) =>
    source.getFileAsync("compressed", { sliceSize: SLICE_SIZE }, cb)
  );
  try {
    const parts: ArrayLike<number>[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      // slices must be read in turn: Office serves one at a time
      parts.push((await call<{ data: ArrayLike<number> }>((cb) => file.getSliceAsync(i, cb))).data);
    }
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } finally {
    file.closeAsync();
  }
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Loads JSZip: a separate chunk in the pane, loaded only on the Excel versions that read the file. */
export type ZipLoader = () => Promise<{ default: typeof import("jszip") }>;

export const loadZipChunk: ZipLoader = () => import(/* webpackChunkName: "xlsx-merges" */ "jszip");

/** Sheet name → merged areas, from an .xlsx's workbook.xml, its relationships and each sheet part. */
export async function mergesFromXlsx(
  bytes: Uint8Array,
  loadZip: ZipLoader = loadZipChunk
): Promise<Map<string, CellRange[]>> {
  const { default: JSZip } = await loadZip();
  const zip = await JSZip.loadAsync(bytes);
  const text = (path: RegExp) => zip.file(path)[0]?.async("string") ?? Promise.resolve("");
  const [book, rels] = await Promise.all([
    text(/^xl\/workbook\.xml$/i),
    text(/^xl\/_rels\/workbook\.xml\.rels$/i),
  ]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, `xl/${target.replace(/^\/?xl\//, "")}`.toLowerCase());
  }
  const out = new Map<string, CellRange[]>();
  for (const m of book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const part = targets.get(attr(m[0], "r:id") ?? "");
    if (!name || !part) continue;
    const file = zip.file(new RegExp(`^${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i"))[0];
    const xml = file ? await file.async("string") : "";
    const merges: CellRange[] = [];
    for (const c of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
      const area = parseArea(attr(c[0], "ref") ?? "");
      if (area) merges.push(area);
    }
    out.set(unescapeXml(name), merges);
  }
  return out;
}
