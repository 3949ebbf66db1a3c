import type { SheetView } from "./view";

/** The distinct non-empty texts of a row between two columns, merged areas counted once. */
export interface RowTexts {
  /** Texts in column order, one per distinct cell (a merged area is one cell). */
  readonly texts: string[];
  /** The column each text was first seen in. */
  readonly cols: number[];
  /** Widest merged area (in columns) that holds one of the texts and starts on this row. */
  readonly mergeWidth: number;
}

export function rowTexts(view: SheetView, row: number, fromCol: number, toCol: number): RowTexts {
  const texts: string[] = [];
  const cols: number[] = [];
  let mergeWidth = 1;
  let lastAnchor = -1;
  const text = view.plainText(row);
  if (text) {
    // no merged cell on the row: every text is its own cell
    for (let c = Math.max(fromCol, view.firstCol); c <= Math.min(toCol, view.lastCol); c++) {
      const t = text[c - view.firstCol];
      if (t === undefined || t === "") continue;
      const trimmed = t.trim();
      if (trimmed === "") continue;
      texts.push(trimmed);
      cols.push(c);
    }
    return { texts, cols, mergeWidth };
  }
  for (let c = fromCol; c <= toCol; c++) {
    const t = view.text(row, c);
    if (t === "" || t.trim() === "") continue;
    const key = view.anchorKey(row, c);
    if (key === lastAnchor) continue;
    lastAnchor = key;
    texts.push(t.trim());
    cols.push(c);
    const anchorRow = Math.floor(key / 16384);
    if (anchorRow === row)
      mergeWidth = Math.max(mergeWidth, view.mergeWidth(row, key - anchorRow * 16384));
  }
  return { texts, cols, mergeWidth };
}

/** The first line of a text, trimmed. */
export function firstLine(text: string): string {
  const i = text.indexOf("\n");
  return (i < 0 ? text : text.slice(0, i)).trim();
}

/** Bullet glyphs and dashes with nothing else: a noise row, never an action. */
export function isBulletOnly(text: string): boolean {
  return /^[\s•·▪◦●○■□►➢✓\-–—*]+$/.test(text);
}

/** Text that starts with a bullet glyph or a list dash. */
export function startsWithBullet(text: string): boolean {
  return /^[•·▪◦●○■□►➢✓*]|^[-–—]\s/.test(text);
}

/** Mostly capital letters: a title or page header, not an action sentence. */
export function isMostlyUpperCase(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 65 && ch <= 90) {
      upper++;
      letters++;
    } else if (ch >= 97 && ch <= 122) letters++;
  }
  return letters >= 4 && upper / letters > 0.8;
}
