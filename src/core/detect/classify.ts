import { isContextLabel, isLabelNote } from "./context";
import { leadingRef } from "./refs";
import { isBulletOnly, isMostlyUpperCase, rowTexts, startsWithBullet } from "./rowText";
import { isHeadingText, isPeriodHeading } from "./section";
import type { SheetView } from "./view";

// What each row under a header is, read from the row's texts and where they sit.

export type RowKind = "skip" | "end" | "heading" | "action" | "join";

/** Where a table's body sits and the columns classifying its rows reads. */
export interface Body {
  readonly firstCol: number;
  readonly lastCol: number;
  readonly actionCol: number;
  readonly refCol: number | undefined;
  readonly ownerCol: number | undefined;
  readonly dueCol: number | undefined;
}

function looksLikeLoneAction(text: string): boolean {
  if (leadingRef(text) !== null) return true;
  if (startsWithBullet(text) || isMostlyUpperCase(text)) return false;
  return text.trim().length >= 10;
}

/** What `classify` reads of a row's texts: how many, the first (trimmed) and its column, the widest merge. */
interface RowShape {
  n: number;
  first: string;
  firstCol: number;
  mergeWidth: number;
}

/** `wideRowShape`'s answer, reused from row to row (the scan is synchronous and never re-entered). */
const shape: RowShape = { n: 0, first: "", firstCol: 0, mergeWidth: 1 };

/** A text with something other than white space, trimmed only when it starts with white space. */
function hasText(t: string): boolean {
  const c = t.charCodeAt(0);
  return c > 32 && c !== 0xa0 && c < 0x1680 ? true : t.trim() !== "";
}

/**
 * The shape of a row with no merged cell and three texts or more, without building its lists of texts: nearly
 * every row of a big plan. Null when the row has a merged cell, fewer than three texts, or only bullets (the
 * rules for those need the texts themselves).
 */
function wideRowShape(view: SheetView, row: number, b: Body): RowShape | null {
  const text = view.plainText(row);
  if (!text) return null;
  let n = 0;
  let first = "";
  let firstCol = 0;
  let bulletsOnly = true;
  const to = Math.min(b.lastCol, view.lastCol);
  for (let c = Math.max(b.firstCol, view.firstCol); c <= to; c++) {
    const t = text[c - view.firstCol];
    if (t === undefined || t === "" || !hasText(t)) continue;
    if (n === 0) {
      first = t.trim();
      firstCol = c;
    }
    n++;
    // white space counts as a bullet, so the untrimmed text answers as the trimmed one would
    if (bulletsOnly && !isBulletOnly(t)) bulletsOnly = false;
  }
  if (n < 3 || bulletsOnly) return null;
  shape.n = n;
  shape.first = first;
  shape.firstCol = firstCol;
  shape.mergeWidth = 1;
  return shape;
}

/**
 * What a row under a header is: an action, a row that continues the previous action, noise to skip
 * (blank, bullet-only, a lone page header), a section heading (the table ends; rows under it that read as
 * actions are a part of the table in that section), or the end of the table (context text).
 */
export function classify(view: SheetView, row: number, b: Body, hasPrevious: boolean): RowKind {
  // three texts or more are never a heading (see isHeadingText)
  let s = wideRowShape(view, row, b);
  if (s === null) {
    const rt = rowTexts(view, row, b.firstCol, b.lastCol);
    if (rt.texts.length === 0) return "skip";
    if (rt.texts.every(isBulletOnly)) return "skip";
    if (isHeadingText(rt.texts)) return "heading";
    s = {
      n: rt.texts.length,
      first: rt.texts[0] as string,
      firstCol: rt.cols[0] as number,
      mergeWidth: rt.mergeWidth,
    };
  }
  const { n, first } = s;
  if (n === 1) {
    const tableWidth = b.lastCol - b.firstCol + 1;
    // a label ("Targets/Success Criteria:") ends the table even when merged across it: what follows is
    // context, not a section of actions
    if (isLabelNote(first)) return "end";
    // a month or a meeting inside a tracker ("May 2012") starts a part: the actions under it were agreed then
    const placed = s.firstCol === b.firstCol || s.firstCol === b.actionCol || s.mergeWidth >= 2;
    if (placed && isPeriodHeading(first)) return "heading";
    if (s.mergeWidth >= 2 && s.mergeWidth * 2 >= tableWidth) return "heading";
  } else if (
    s.firstCol === b.firstCol &&
    leadingRef(first) === null &&
    isContextLabel(first.slice(0, 60))
  ) {
    return "end";
  }
  const action = view.text(row, b.actionCol).trim();
  const ref = b.refCol === undefined ? "" : view.text(row, b.refCol).trim();
  if (hasPrevious && ref === "") {
    // the rest of the previous action's cells, split off by a page break or the PDF the plan came from
    if (action === "" && !(n === 1 && isMostlyUpperCase(first))) return "join";
    if (/^[a-z]/.test(action) && isBlank(view, row, b.ownerCol) && isBlank(view, row, b.dueCol)) {
      return "join";
    }
  }
  if (n === 1) {
    return s.firstCol === b.actionCol && looksLikeLoneAction(first) ? "action" : "skip";
  }
  if (action === "" && ref === "") {
    return isBlank(view, row, b.ownerCol) && isBlank(view, row, b.dueCol) ? "skip" : "action";
  }
  // a number where the action goes is a count ("Green | 7 | Amber | 3"), a summary row, not an action
  if (/^[\d.,%\s]+$/.test(action)) return "skip";
  return "action";
}

function isBlank(view: SheetView, row: number, col: number | undefined): boolean {
  return col === undefined || view.text(row, col).trim() === "";
}
