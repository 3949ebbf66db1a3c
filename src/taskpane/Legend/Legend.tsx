import * as React from "react";
import { Body1, Caption1 } from "@fluentui/react-components";
import type { LegendProps } from "./Legend.types";
import { useLegendStyles } from "./useLegendStyles.styles";

/** What each highlight colour in the sheet means: the colour, its name in it, and the meaning in words. */
export function Legend({ entries }: LegendProps): React.JSX.Element {
  const styles = useLegendStyles();
  return (
    <ul className={styles.list} aria-label="Highlight colours">
      {entries.map((e) => (
        <li key={e.kind} className={styles.item}>
          {/* the fill is data (the sheet's colour), not a theme token */}
          <Body1 className={styles.swatch} style={{ backgroundColor: `#${e.fill}` }}>
            {e.label}
          </Body1>
          <Caption1 className={styles.meaning}>{e.meaning}</Caption1>
        </li>
      ))}
    </ul>
  );
}
