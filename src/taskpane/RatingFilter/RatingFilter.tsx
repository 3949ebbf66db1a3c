import * as React from "react";
import { ToggleButton, mergeClasses } from "@fluentui/react-components";
import { ratingLabel } from "../../core/summary/labels";
import { RATING_ICON } from "../Ratings/ratingLook";
import type { RatingFilterProps } from "./RatingFilter.types";
import { useRatingFilterStyles } from "./useRatingFilterStyles.styles";

/**
 * The counts by rating, up front beside the verdict: word, icon and colour, each a toggle that filters the
 * issue list and the ratings to the actions with that rating (choose it again to show all).
 */
export function RatingFilter({
  ratings,
  selected,
  completeLabel,
  onChange,
}: RatingFilterProps): React.JSX.Element {
  const styles = useRatingFilterStyles();
  return (
    <div className={styles.root} role="group" aria-label="Actions by rating: choose one to filter">
      {ratings.map(({ rating, count }) => {
        const Icon = RATING_ICON[rating];
        const chosen = selected === rating;
        return (
          <ToggleButton
            key={rating}
            size="small"
            className={mergeClasses(styles.chip, chosen && styles.chosen)}
            checked={chosen}
            data-rating={rating}
            icon={<Icon className={mergeClasses(styles.icon, styles[rating])} />}
            onClick={() => onChange(chosen ? "all" : rating)}
          >
            {`${ratingLabel(rating, completeLabel)}: ${count}`}
          </ToggleButton>
        );
      })}
    </div>
  );
}
