import JSZip from "jszip";
import {
  CHECKED_COPY_NAME,
  CHECKED_COPY_VALUE,
  OWN_SHEETS_NAME,
  formulaText,
  ownSheetsFormula,
  ownSheetsFrom,
  textFormula,
} from "../../core/ownSheets";

// The durable marks of core/ownSheets in an .xlsx package, read and written on xl/workbook.xml itself:
// ExcelJS reads a defined name as a list of ranges, so a text constant would not survive its load and
// save. Kept apart from the reader and the writer so that any reader or writer of the package can call it.

export interface OwnSheetMarks {
  /** The tool's own sheets, as the marker lists them. */
  readonly ownSheets: readonly string[];
  readonly checkedCopy: boolean;
}

const WORKBOOK = "xl/workbook.xml";
const NONE: OwnSheetMarks = { ownSheets: [], checkedCopy: false };

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A workbook-scoped defined name's formula (no localSheetId), unescaped; null when absent. */
function definedName(xml: string, name: string): string | null {
  const re = /<definedName\b([^>]*)>([^<]*)<\/definedName>/g;
  for (const m of xml.matchAll(re)) {
    const attrs = m[1] ?? "";
    if (/\blocalSheetId=/.test(attrs)) continue;
    if (/\bname="([^"]*)"/.exec(attrs)?.[1] === name) return unescapeXml(m[2] ?? "");
  }
  return null;
}

/** The marks a package's workbook.xml carries. */
export function marksInWorkbookXml(xml: string): OwnSheetMarks {
  const own = definedName(xml, OWN_SHEETS_NAME);
  const checked = definedName(xml, CHECKED_COPY_NAME);
  return {
    ownSheets: ownSheetsFrom(own),
    checkedCopy: checked !== null && formulaText(checked) === CHECKED_COPY_VALUE,
  };
}

/** workbook.xml with the marks set (earlier ones replaced); an empty list removes the sheet marker. */
export function withMarksInWorkbookXml(xml: string, marks: OwnSheetMarks): string {
  const ours = new RegExp(
    `<definedName\\b[^>]*\\bname="(?:${OWN_SHEETS_NAME}|${CHECKED_COPY_NAME})"[^>]*>[^<]*</definedName>`,
    "g"
  );
  let out = xml.replace(ours, "").replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, "");
  const entries: string[] = [];
  const entry = (name: string, formula: string) =>
    // the file keeps a name's formula without its "="
    entries.push(
      `<definedName name="${name}" hidden="1">${escapeXml(formula.slice(1))}</definedName>`
    );
  if (marks.ownSheets.length > 0) entry(OWN_SHEETS_NAME, ownSheetsFormula(marks.ownSheets));
  if (marks.checkedCopy) entry(CHECKED_COPY_NAME, textFormula(CHECKED_COPY_VALUE));
  if (entries.length === 0) return out;
  if (out.includes("</definedNames>"))
    return out.replace("</definedNames>", `${entries.join("")}</definedNames>`);
  // definedNames follows sheets (and externalReferences) in CT_Workbook's sequence
  const anchor = out.includes("</externalReferences>") ? "</externalReferences>" : "</sheets>";
  out = out.replace(anchor, `${anchor}<definedNames>${entries.join("")}</definedNames>`);
  return out;
}

async function workbookXml(zip: JSZip): Promise<string | null> {
  const file = zip.file(WORKBOOK);
  return file ? file.async("string") : null;
}

/** The marks of an .xlsx file; none when the package has no readable workbook part. */
export async function readOwnSheetMarks(bytes: Uint8Array): Promise<OwnSheetMarks> {
  try {
    const xml = await workbookXml(await JSZip.loadAsync(bytes));
    return xml ? marksInWorkbookXml(xml) : NONE;
  } catch {
    return NONE;
  }
}

/** The .xlsx file with its marks set; the other parts are left as they are. */
export async function writeOwnSheetMarks(bytes: Uint8Array, marks: OwnSheetMarks): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await workbookXml(zip);
  if (xml === null) return Buffer.from(bytes);
  zip.file(WORKBOOK, withMarksInWorkbookXml(xml, marks));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
