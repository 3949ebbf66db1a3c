import { firstLine, isBulletOnly, rowTexts } from "./rowText";
import type { SheetView } from "./view";

const HEADING_WORDS = [
  "activity",
  "proposal",
  "priority",
  "key priority",
  "strategic priority",
  "objective",
  "key objective",
  "strategic objective",
  "aim",
  "goal",
  "theme",
  "strand",
  "section",
  "part",
  "outcome",
  "key stage",
  "stage",
  "phase",
  "workstream",
  "work stream",
  "programme",
  "recommendation",
  "area",
  "key area",
  "focus area",
  // inspection plans (SEND Written Statements of Action, Ofsted improvement plans)
  "area of weakness",
  "area of significant weakness",
  "area for improvement",
  "area for development",
  "area of concern",
  "area of focus",
  "improvement area",
  "weakness",
  "key line of enquiry",
  "line of enquiry",
  "chapter",
  "pillar",
  "commitment",
  "ambition",
].join("|");
const HEADING_NUMBER =
  "\\d{1,3}[a-z]?(?:\\.\\d{1,3})*|[ivxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]";
/** "Activity 4.2  Improve …", "Proposal 3: …", "Priority Two / …", "Key Stage: 2", "Section B". */
const KEYWORD_HEADING = new RegExp(
  `^(?:${HEADING_WORDS})\\s*(?:no\\.?|number)?\\s*[:.\\-–—]?\\s*(?:${HEADING_NUMBER})(?=$|[\\s:.)\\-–—/,])`,
  "i"
);
/** "2. AIM: …", "3) OBJECTIVE – …": a number, then a word in capitals, then a colon or dash. */
const NUMBERED_CAPS_HEADING = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-Z][A-Z &]{1,30}\s*[:\-–—]/;

/** "1. Early Help", "3) Attendance": a short numbered title, one line, not a sentence. */
const NUMBERED_TITLE = /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+[A-Z][^\n]{0,78}$/;

function isNumberedTitle(text: string): boolean {
  return NUMBERED_TITLE.test(text) && !/[.:;]$/.test(text);
}

/**
 * Whether a row's texts read as a section heading by their wording. Only rows of one or two texts are
 * headings ("Key Stage: | 2"); a heading starts with a capital letter.
 */
export function isHeadingText(texts: readonly string[]): boolean {
  if (texts.length === 0 || texts.length > 2) return false;
  const joined = texts.map(firstLine).join(" ");
  if (!/^[A-Z0-9]/.test(joined)) return false;
  return KEYWORD_HEADING.test(joined) || NUMBERED_CAPS_HEADING.test(joined);
}

function headingLine(texts: readonly string[]): string {
  return texts.map(firstLine).join(" ").trim();
}

/** A heading row's text as a section: its first line (a heading split over two cells joined). */
export function headingAt(view: SheetView, row: number): string {
  return headingLine(rowTexts(view, row, view.firstCol, view.lastCol).texts);
}

/**
 * The section a table sits under: the nearest row above its header (and below the previous table) that is a
 * heading by its wording; else the nearest single text merged across columns or short numbered title; else the previous table's
 * section (a header repeated after a page break); else, for a sheet's first table, the nearest lone text
 * such as the sheet's title. Its first line; a heading split over two cells is joined with a space.
 */
export function sectionFor(
  view: SheetView,
  headerRow: number,
  boundaryTop: number,
  previous: { readonly section: string | null } | null
): string | null {
  const rows: { texts: string[]; mergeWidth: number }[] = [];
  for (let r = headerRow - 1; r >= boundaryTop; r--) {
    const rt = rowTexts(view, r, view.firstCol, view.lastCol);
    if (rt.texts.length === 0) continue;
    if (isHeadingText(rt.texts)) return headingLine(rt.texts);
    rows.push(rt);
  }
  for (const rt of rows) {
    const t = rt.texts[0] as string;
    if (rt.texts.length !== 1) continue;
    if ((rt.mergeWidth >= 2 && !isBulletOnly(t) && !t.endsWith(":")) || isNumberedTitle(t)) {
      return headingLine(rt.texts);
    }
  }
  if (previous) return previous.section;
  for (const rt of rows) {
    const t = rt.texts[0] as string;
    if (rt.texts.length === 1 && t.length <= 120 && !isBulletOnly(t)) return headingLine(rt.texts);
  }
  return null;
}

const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const A_DATE = `(?:(?:${DAY}\\s+)?(?:${MONTH})\\.?[\\s\\-/,]+(?:\\d{4}|'?\\d{2})|${DAY}[/.]\\d{1,2}[/.]\\d{2,4})`;
/** A few words naming a meeting or period before its date ("Meeting 14 March 2023", "Board – May 2012"). */
const MEETING =
  "(?:[A-Za-z&]+\\s+){0,3}(?:meeting|board|committee|panel|cabinet|group|review|update|session|quarter|month)s?(?:\\s+(?:of|on|held on|dated))?\\s*[:\\-–—]?\\s*";
const PERIOD_HEADING = new RegExp(`^(?:${MEETING})?${A_DATE}$`, "i");

/**
 * Whether a lone text is a month or a meeting that starts a part of a tracker ("May 2012", "Meeting 14 March
 * 2023", "Board – 01/05/2012"): the rows under it are the actions agreed then.
 */
export function isPeriodHeading(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && PERIOD_HEADING.test(t);
}
