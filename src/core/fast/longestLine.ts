// Speed: the summary sheet sizes its columns from every exceptions cell (tens of thousands on a big plan),
// and nearly every cell is one line. Splitting each on /\r?\n/ built an array and a string per line; a
// scan for "\n" answers the one-line case without allocating, and only text with line breaks is split.

/**
 * The length of the longest line of `text`, lines split at "\n" or "\r\n" (the "\r" of a "\r\n" is not
 * counted; a lone "\r" is an ordinary character).
 */
export function longestLineLength(text: string): number {
  let from = 0;
  let longest = 0;
  for (;;) {
    const end = text.indexOf("\n", from);
    if (end < 0) return Math.max(longest, text.length - from);
    const lineEnd = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    longest = Math.max(longest, lineEnd - from);
    from = end + 1;
  }
}
