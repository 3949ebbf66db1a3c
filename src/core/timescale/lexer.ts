// Splits a timescale cell into tokens in one linear scan (hand-written: a regex with capture groups cost
// twice as much, and this runs on every row). Day-first numeric dates
// ("30/09/03", "1.11.03", "21-11-02") and ISO dates are single tokens so that their separators are
// not read as ranges; letters and digits split apart, so "Dec02" is "dec" + "02" and "30th" is "30" + "th".

/** A token: a number, a lower-case word, a numeric date, a line break, or one punctuation character. */
export interface Tok {
  readonly k: "num" | "word" | "date" | "nl" | "sep";
  /** Lower-case text ("-" for every dash). */
  readonly s: string;
  /** The number's value (num), else NaN. */
  readonly n: number;
  /** White space comes before this token (so "Dec02" has no gap before "02"). */
  readonly gap: boolean;
  /** For a date token: the numbers as written, day-first (y may be two-digit). */
  readonly date?: {
    readonly y: number;
    readonly m: number;
    readonly d: number;
    readonly yDigits: number;
  };
}

const DASHES_RE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const QUOTES_RE = /[\u2018\u2019\u02bc\u2032]/g;
const CRLF_RE = /\r\n?/g;
/** Anything but tab, line feed and printable ASCII: only then is the slower clean-up needed. */
const NEEDS_CLEANUP_RE = /[^\t\n -~]/;

/** Lower case, one kind of dash and apostrophe, "\n" line breaks: the text the grammar and word searches read. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  if (!NEEDS_CLEANUP_RE.test(lower)) return lower;
  return lower.replace(DASHES_RE, "-").replace(QUOTES_RE, "'").replace(CRLF_RE, "\n");
}

const C0 = 48;
const C9 = 57;
const CA = 97;
const CZ = 122;
const SLASH = 47;
const DOT = 46;
const DASH = 45;
const APOS = 39;
const NL = 10;

function isDigit(c: number): boolean {
  return c >= C0 && c <= C9;
}
function isLetter(c: number): boolean {
  return c >= CA && c <= CZ;
}
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 11 ||
    c === 12 ||
    c === 13 ||
    c === 160 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0xfeff
  );
}

function digitsEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return j;
}

/**
 * A numeric date starting at i: "yyyy-m-d" / "yyyy/m/d", or day-first "d/m/yy", "d.m.yyyy", "d-m-yy"
 * (the same separator twice). Returns the token and where it ends, or null.
 */
function numericDate(
  s: string,
  i: number,
  firstEnd: number,
  gap: boolean
): { tok: Tok; end: number } | null {
  const sep = s.charCodeAt(firstEnd);
  if (sep !== SLASH && sep !== DOT && sep !== DASH) return null;
  const secondEnd = digitsEnd(s, firstEnd + 1);
  const secondLen = secondEnd - firstEnd - 1;
  if (secondLen < 1 || secondLen > 2 || s.charCodeAt(secondEnd) !== sep) return null;
  const thirdEnd = digitsEnd(s, secondEnd + 1);
  const thirdLen = thirdEnd - secondEnd - 1;
  const firstLen = firstEnd - i;
  const a = Number(s.slice(i, firstEnd));
  const b = Number(s.slice(firstEnd + 1, secondEnd));
  const c = Number(s.slice(secondEnd + 1, thirdEnd));
  const text = s.slice(i, thirdEnd);
  if (firstLen === 4 && sep !== DOT && thirdLen >= 1 && thirdLen <= 2) {
    return {
      tok: { k: "date", s: text, n: Number.NaN, gap, date: { y: a, m: b, d: c, yDigits: 4 } },
      end: thirdEnd,
    };
  }
  if (firstLen <= 2 && (thirdLen === 2 || thirdLen === 4) && s.charCodeAt(thirdEnd) !== SLASH) {
    return {
      tok: {
        k: "date",
        s: text,
        n: Number.NaN,
        gap,
        date: { y: c, m: b, d: a, yDigits: thirdLen },
      },
      end: thirdEnd,
    };
  }
  return null;
}

/** Tokens of an already normalised text, in one linear scan. */
export function tokenize(norm: string): Tok[] {
  const toks: Tok[] = [];
  const len = norm.length;
  let i = 0;
  let gap = false;
  while (i < len) {
    const c = norm.charCodeAt(i);
    if (c === NL) {
      toks.push({ k: "nl", s: "\n", n: Number.NaN, gap });
      gap = false;
      i++;
    } else if (isSpace(c)) {
      gap = true;
      i++;
    } else if (isDigit(c)) {
      const end = digitsEnd(norm, i);
      const date = end - i <= 4 ? numericDate(norm, i, end, gap) : null;
      if (date) {
        toks.push(date.tok);
        i = date.end;
      } else {
        const s = norm.slice(i, end);
        toks.push({ k: "num", s, n: Number(s), gap });
        i = end;
      }
      gap = false;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < len && isLetter(norm.charCodeAt(j))) j++;
      if (norm.charCodeAt(j) === APOS && isLetter(norm.charCodeAt(j + 1))) {
        j += 2;
        while (j < len && isLetter(norm.charCodeAt(j))) j++;
      }
      toks.push({ k: "word", s: norm.slice(i, j), n: Number.NaN, gap });
      i = j;
      gap = false;
    } else {
      toks.push({ k: "sep", s: norm[i] ?? "", n: Number.NaN, gap });
      i++;
      gap = false;
    }
  }
  return toks;
}
