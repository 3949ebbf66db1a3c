import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import type { ChangeCountsProps } from "./ChangeCounts.types";
import { useChangeCountsStyles } from "./useChangeCountsStyles.styles";

/** Kinds a board reads as trouble: shown in the danger colour when there are any. */
const BAD = new Set(["slipped", "worse"]);

/** "3 slipped · 1 worse · 0 better …" as a list a screen reader can count; a zero is drawn quieter. */
export function ChangeCounts({ counts }: ChangeCountsProps): React.JSX.Element {
  const styles = useChangeCountsStyles();
  return (
    <ul className={styles.root} aria-label="Changes by kind">
      {counts.map((c) => (
        <li
          key={c.kind}
          className={mergeClasses(
            styles.item,
            c.count === 0 && styles.zero,
            c.count > 0 && BAD.has(c.kind) && styles.bad
          )}
        >
          {c.text}
        </li>
      ))}
    </ul>
  );
}
