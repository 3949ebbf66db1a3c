import type { Rating } from "../../core/schema";
import type { RatedAction } from "../paneState";

/** Props of {@link Ratings}. */
export interface RatingsProps {
  /** Every rating in reading order, with its actions (see `actionsByRating`). */
  readonly groups: ReadonlyArray<{
    readonly rating: Rating;
    readonly actions: readonly RatedAction[];
  }>;
  /** The configured word for complete actions. */
  readonly completeLabel: string;
  readonly onGoTo: (sheet: string, address: string) => void;
}
