import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import { SEVERITIES, SEVERITY_LOOK } from "./severityLook";
import type { SeverityCountsProps } from "./SeverityCounts.types";
import { useSeverityCountsStyles } from "./useSeverityCountsStyles.styles";

/** "2 errors · 1 warning", each with its icon, as a list a screen reader can count. */
export function SeverityCounts({
  counts,
  showZero = false,
}: SeverityCountsProps): React.JSX.Element {
  const styles = useSeverityCountsStyles();
  const shown = SEVERITIES.filter((s) => showZero || counts[s] > 0);
  return (
    <ul className={styles.root} aria-label="Issue counts">
      {shown.map((severity) => {
        const look = SEVERITY_LOOK[severity];
        const n = counts[severity];
        return (
          <li key={severity} className={styles.item}>
            <look.Icon className={mergeClasses(styles.icon, styles[severity])} aria-hidden />
            <span>{`${n} ${n === 1 ? look.one : look.many}`}</span>
          </li>
        );
      })}
    </ul>
  );
}
