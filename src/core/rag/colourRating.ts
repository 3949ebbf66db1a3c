import { type RagColour, ragColour } from "../grid/colour";
import type { RateResult } from "./rate";
import type { RatingMemo } from "./rateMemo";

/** The status word each colour family stands for: the rating rules then read it as they read the word. */
const WORD: Record<RagColour, string> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  blue: "Complete",
};

const SAID: Record<RagColour, string> = {
  red: "rated Red from the cell's colour",
  amber: "rated Amber from the cell's colour",
  green: "rated Green from the cell's colour",
  blue: "rated complete from the cell's colour (blue)",
};

/**
 * The rating of an action whose status cell is blank but coloured (many councils show RAG only as the fill):
 * the colour's family read as its status word, with the reason naming the colour, not a word nobody wrote.
 * Null when the fill is no RAG colour (white, grey, pale banding, purple).
 */
export function rateByColour(
  memo: RatingMemo,
  rgb: string,
  due: string | null,
  ongoing: boolean,
  yearGuessed = false
): RateResult | null {
  const family = ragColour(rgb);
  if (family === null) return null;
  const word = WORD[family];
  const rated = memo.rate(word, due, ongoing, yearGuessed);
  if (rated.unknownStatus) return null;
  return { ...rated, reason: rated.reason.replace(`status '${word}'`, SAID[family]) };
}
