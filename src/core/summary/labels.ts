import { RATINGS, type Rating } from "../schema/action";

/** Ratings in the order a board reads them: Complete first (as councils report), then R, A, G, not rated. */
export const RATING_ORDER: readonly Rating[] = ["complete", "red", "amber", "green", "not-rated"];

/** Exceptions order: worst first. */
export const EXCEPTION_RATINGS: readonly Rating[] = ["red", "amber", "not-rated"];

/** The summary's tables cut a long text at a word when that keeps over half of it (see text/shorten.ts). */
export const SUMMARY_WORD_SHARE = 0.5;

/** The word shown for a rating; complete takes the configured label ("Complete", "Blue"). */
export function ratingLabel(rating: Rating, completeLabel = "Complete"): string {
  switch (rating) {
    case "complete":
      return completeLabel;
    case "red":
      return "Red";
    case "amber":
      return "Amber";
    case "green":
      return "Green";
    case "not-rated":
      return "Not rated";
  }
}

export { RATINGS };
