import * as React from "react";
import { Button, Subtitle2 } from "@fluentui/react-components";
import { sheetRef } from "../IssueList/IssueList";
import type { ChangeEntry, ChangeGroup } from "../Compare/changeView";
import type { ChangeListProps } from "./ChangeList.types";
import { useChangeListStyles } from "./useChangeListStyles.styles";

/**
 * Lines shown per group before "Show all": a plan whose every update was copied forward lists hundreds
 * under "Update unchanged", and the slipped deadlines above it must stay in reach.
 */
export const FIRST_ENTRIES = 10;

/** The changes grouped by kind; each action still in the workbook is a button to its row there. */
export function ChangeList({ groups, onGoTo }: ChangeListProps): React.JSX.Element {
  const styles = useChangeListStyles();
  return (
    <div className={styles.root}>
      {groups.map((g) => (
        <Group key={g.kind} group={g} onGoTo={onGoTo} />
      ))}
    </div>
  );
}

function Group({
  group,
  onGoTo,
}: {
  group: ChangeGroup;
  onGoTo: ChangeListProps["onGoTo"];
}): React.JSX.Element {
  const styles = useChangeListStyles();
  const [all, setAll] = React.useState(false);
  const headingId = `changes-${group.kind}`;
  const shown = all ? group.entries : group.entries.slice(0, FIRST_ENTRIES);
  const hidden = group.entries.length - shown.length;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {`${group.title} (${group.entries.length.toLocaleString("en-GB")})`}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={headingId}>
        {shown.map((e) => (
          <li key={e.key}>
            <Entry entry={e} onGoTo={onGoTo} />
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <Button appearance="subtle" className={styles.more} onClick={() => setAll(true)}>
          {`Show all ${group.entries.length.toLocaleString("en-GB")}`}
        </Button>
      ) : null}
    </section>
  );
}

function Entry({
  entry,
  onGoTo,
}: {
  entry: ChangeEntry;
  onGoTo: ChangeListProps["onGoTo"];
}): React.JSX.Element {
  const styles = useChangeListStyles();
  const { target } = entry;
  if (target === null) {
    return (
      <div className={styles.gone}>
        <span className={styles.name}>{entry.label}</span>
        <span className={styles.detail}>{entry.detail}</span>
      </div>
    );
  }
  return (
    <button
      type="button"
      className={styles.entry}
      onClick={() => onGoTo(target.sheet, target.address)}
    >
      <span className={styles.name}>{entry.label}</span>
      <span className={styles.detail}>{entry.detail}</span>
      <span className={styles.link}>{`Go to ${sheetRef(target.sheet)}!${target.address}`}</span>
    </button>
  );
}
