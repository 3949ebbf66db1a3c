/** 1 → "A", 28 → "AB". */
export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "AB12" → 28 (the column of a cell reference; 0 when it has none). */
export function colNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}
