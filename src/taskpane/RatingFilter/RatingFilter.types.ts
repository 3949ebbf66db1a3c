import type { Rating } from "../../core/schema";

/** Props of {@link RatingFilter}. */
export interface RatingFilterProps {
  readonly ratings: ReadonlyArray<{ readonly rating: Rating; readonly count: number }>;
  readonly selected: Rating | "all";
  readonly completeLabel: string;
  readonly onChange: (rating: Rating | "all") => void;
}
