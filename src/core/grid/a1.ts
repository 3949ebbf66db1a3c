/** A1 addressing helpers. Rows and columns are 1-based sheet coordinates. */

/** Letters of the first columns, built once: issues and highlights name a column per cell. */
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  if (col >= 1 && col <= 702 && Number.isInteger(col)) {
    return (LETTERS[col] ??= lettersOf(col));
  }
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return NaN;
    n = n * 26 + (code - 64);
  }
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}

/** Parses "C14" or "$C$14" into 1-based row and column; null when it is not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

/** Quotes a sheet name for use in a formula or address when it needs quoting ('RAG Summary'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits a list of areas ("Sheet1!A1:B2, 'Q1, Q2'!D4") at its commas, leaving commas in quoted sheet names. */
export function splitAreaList(list: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
