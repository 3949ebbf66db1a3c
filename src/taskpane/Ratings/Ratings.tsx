import { shorten } from "../../core/messages/label";
import * as React from "react";
import { Subtitle2, mergeClasses } from "@fluentui/react-components";
import { ratingLabel } from "../../core/summary/labels";
import type { RatingsProps } from "./Ratings.types";
import { RATING_ICON } from "./ratingLook";
import { useRatingsStyles } from "./useRatingsStyles.styles";

/**
 * The reason with its rating word in front, once: the engine's reasons already start with it ("Green: due
 * 31/03/2004, …"), so only a reason that does not gets the word added.
 */
export function reasonText(word: string, reason: string): string {
  return reason.startsWith(`${word}:`) ? reason : `${word}: ${reason}`;
}

/** How many actions have each rating, then each rated action with the reason it got that rating. */
export function Ratings({ groups, completeLabel, onGoTo }: RatingsProps): React.JSX.Element {
  const styles = useRatingsStyles();
  return (
    <div className={styles.root}>
      <ul className={styles.summary} aria-label="Actions by rating">
        {groups.map(({ rating, actions }) => {
          const Icon = RATING_ICON[rating];
          return (
            <li key={rating} className={styles.chip}>
              <Icon aria-hidden className={mergeClasses(styles.icon, styles[rating])} />
              <span>{`${ratingLabel(rating, completeLabel)}: ${actions.length}`}</span>
            </li>
          );
        })}
      </ul>
      {groups
        .filter((g) => g.actions.length > 0)
        .map(({ rating, actions }) => {
          const Icon = RATING_ICON[rating];
          const headingId = `rating-${rating}`;
          const word = ratingLabel(rating, completeLabel);
          return (
            <section key={rating} className={styles.group} aria-labelledby={headingId}>
              <Subtitle2 as="h3" id={headingId} className={styles.heading}>
                <Icon aria-hidden className={mergeClasses(styles.icon, styles[rating])} />
                {`${word} (${actions.length})`}
              </Subtitle2>
              <ul className={styles.list} aria-labelledby={headingId}>
                {actions.map(({ key, sheet, address, action }) => (
                  <li key={key}>
                    <button
                      type="button"
                      className={styles.action}
                      onClick={() => onGoTo(sheet, address)}
                    >
                      <span className={styles.name}>
                        {action.ref
                          ? `${action.ref} ${shorten(action.actionText, 70)}`
                          : shorten(action.actionText, 70)}
                      </span>
                      <span className={styles.reason}>{reasonText(word, action.ragReason)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </div>
  );
}
