/** JavaScript's `\s`: the characters a regular expression's white-space class matches. */
export function isRegExpSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const PUNCTUATION = new Set([",", ";", ":", ".", "-"].map((c) => c.charCodeAt(0)));

/**
 * `text.replace(/[\s,;:.-]+$/, "")`: drops trailing white space and ",;:.-". A loop, not the expression:
 * labels are made for every action with an issue, and the expression scans each text from the start.
 */
export function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (!isRegExpSpace(c) && !PUNCTUATION.has(c)) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** `text.replace(/[.)]+$/, "")`: drops trailing "." and ")" (a ref's "1.2." or "3)"). */
export function trimEndRefMarks(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 46 && c !== 41) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}
