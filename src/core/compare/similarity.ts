/**
 * Text similarity for matching an action across two versions of a plan. Officers edit an action's wording
 * between quarters (a date added, a clause reworded), so equality is too strict; word overlap (Dice over
 * word sets) tolerates edits and reordering, and character trigrams rescue short texts and spelling fixes.
 */

const STOP = new Set([
  "the",
  "and",
  "to",
  "of",
  "a",
  "an",
  "in",
  "for",
  "on",
  "with",
  "by",
  "be",
  "will",
]);

/** Lower-case words of two or more letters or digits, without stop words and leading numbering. */
export function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w)) out.add(w);
  }
  return out;
}

function trigrams(text: string): Set<string> {
  const flat = ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= flat.length; i++) out.add(flat.slice(i, i + 3));
  return out;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** 0–1: how alike two action texts are (1 when the same words, whatever the spacing and case). */
export function textSimilarity(a: string, b: string): number {
  const byWords = dice(words(a), words(b));
  // trigrams only where words say little: short texts, or a near miss worth a second look
  if (byWords >= 0.85) return byWords;
  return Math.max(byWords, 0.9 * dice(trigrams(a), trigrams(b)));
}
