// Speed: most cells a header scan meets are data, and many of them are numbers and codes ("22.70",
// "130.11 130.12", "164)"). Reading one as a header normalises it with four replacements before finding
// that it has no word; this answers the same question with one scan.

/**
 * Whether normalising `text` as a header (text/normalise normaliseHeader) leaves no letter and no "#":
 * true when the text has no letter, no "#" and no "&" (which normalises to " and ").
 */
export function normalisesWithoutWords(text: string): boolean {
  return !/[\p{L}#&]/u.test(text);
}
