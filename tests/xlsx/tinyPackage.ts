// Tiny .xlsx packages written part by part with fflate, for the kinds of package other software writes
// (prefixes, odd part names, absolute targets, cells without references) that a library would hide.
import { strToU8, zipSync } from "fflate";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export type Parts = Record<string, string>;

/** A zip of these parts (deflated). */
export function zipParts(parts: Parts): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

export function rels(entries: ReadonlyArray<[id: string, type: string, target: string]>): string {
  const items = entries
    .map(
      ([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${items}</Relationships>`;
}

/** A worksheet part around `sheetData` rows (and anything to put after the sheet data). */
export function sheet(rows: string, after = "", before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;
}

export interface Book {
  /** Sheet name → worksheet XML, in tab order. */
  readonly sheets: ReadonlyArray<[name: string, xml: string]>;
  readonly sharedStrings?: readonly string[];
  /** Number formats by style index: `cellXfs` built from numFmtIds (custom ones from 164). */
  readonly styles?: string;
  readonly theme?: string;
  readonly workbookExtra?: string;
  /** Sheet attributes beyond name/sheetId/r:id, by sheet index. */
  readonly sheetAttrs?: Readonly<Record<number, string>>;
}

/** The parts of an ordinary workbook, for a test to edit before zipping. */
export function bookParts(book: Book): Parts {
  const sheetTags = book.sheets
    .map(
      ([name], i) =>
        `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}" ${book.sheetAttrs?.[i] ?? ""}/>`
    )
    .join("");
  const parts: Parts = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.xml"]]),
    "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.workbookExtra ?? ""}<sheets>${sheetTags}</sheets></workbook>`,
  };
  const wbRels: Array<[string, string, string]> = book.sheets.map((_s, i) => [
    `rId${i + 1}`,
    "worksheet",
    `worksheets/sheet${i + 1}.xml`,
  ]);
  book.sheets.forEach(([, xml], i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  if (book.sharedStrings) {
    wbRels.push(["rIdS", "sharedStrings", "sharedStrings.xml"]);
    const items = book.sharedStrings.map((s) => (s.startsWith("<") ? s : `<si><t>${s}</t></si>`));
    parts["xl/sharedStrings.xml"] = `<sst xmlns="${MAIN}">${items.join("")}</sst>`;
  }
  if (book.styles) {
    wbRels.push(["rIdY", "styles", "styles.xml"]);
    parts["xl/styles.xml"] = `<styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`;
  }
  if (book.theme) {
    wbRels.push(["rIdT", "theme", "theme/theme1.xml"]);
    parts["xl/theme/theme1.xml"] = book.theme;
  }
  parts["xl/_rels/workbook.xml.rels"] = rels(wbRels);
  return parts;
}

export const tinyBook = (book: Book): Uint8Array => zipParts(bookParts(book));

/** An inline-string cell. */
export const str = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
