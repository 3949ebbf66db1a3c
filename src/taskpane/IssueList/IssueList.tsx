import * as React from "react";
import { Body1, Button, Subtitle2, mergeClasses } from "@fluentui/react-components";
import type { Issue } from "../../core/schema";
import { IssueFilter } from "../IssueFilter/IssueFilter";
import { plural } from "../paneState";
import { SeverityCounts } from "../SeverityCounts/SeverityCounts";
import { SEVERITY_LOOK } from "../SeverityCounts/severityLook";
import type { IssueListProps } from "./IssueList.types";
import { useIssueListStyles } from "./useIssueListStyles.styles";

const SEVERITY_WORD = { error: "Error", warning: "Warning", info: "Note" } as const;

/** A sheet name as Excel writes it in a reference: quoted when it has spaces or punctuation. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The issues grouped by table: each one a button (click, Enter or Space) that selects its cell. */
export function IssueList({
  groups,
  filter,
  codes,
  onFilter,
  onGoTo,
  pageSize = 100,
}: IssueListProps): React.JSX.Element {
  const styles = useIssueListStyles();
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const shownTotal = groups.reduce((n, g) => n + g.issues.length, 0);

  return (
    <div className={styles.root}>
      <IssueFilter filter={filter} codes={codes} onChange={onFilter} />
      {groups.length === 0 ? (
        <Body1 as="p" className={styles.empty}>
          No issues found.
        </Body1>
      ) : null}
      {groups.length > 0 && shownTotal === 0 ? (
        <Body1 as="p" className={styles.empty} role="status">
          No issues match the filter.
        </Body1>
      ) : null}
      {groups.map((group) => {
        const headingId = `issues-${group.key}`;
        const all = expanded.has(group.key);
        const visible = all ? group.issues : group.issues.slice(0, pageSize);
        return (
          <section key={group.key} className={styles.group} aria-labelledby={headingId}>
            <Subtitle2 as="h3" id={headingId} className={styles.groupHeading}>
              {group.title}
            </Subtitle2>
            <SeverityCounts counts={group.counts} />
            {group.issues.length > 0 ? (
              <ul className={styles.list} aria-labelledby={headingId}>
                {visible.map((issue, i) => (
                  <li key={`${issue.sheet}!${issue.cell}:${issue.code}:${i}`}>
                    <IssueItem issue={issue} onGoTo={onGoTo} />
                  </li>
                ))}
              </ul>
            ) : null}
            {visible.length < group.issues.length ? (
              <Button
                appearance="secondary"
                onClick={() => setExpanded(new Set(expanded).add(group.key))}
              >
                {`Show all ${plural(group.issues.length, "issue")}`}
              </Button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

function IssueItem({
  issue,
  onGoTo,
}: {
  readonly issue: Issue;
  readonly onGoTo: IssueListProps["onGoTo"];
}): React.JSX.Element {
  const styles = useIssueListStyles();
  const look = SEVERITY_LOOK[issue.severity];
  return (
    <button
      type="button"
      className={styles.item}
      onClick={() => onGoTo(issue.sheet, issue.cell)}
      data-code={issue.code}
    >
      <span className={styles.line}>
        <look.Icon aria-hidden className={mergeClasses(styles.icon, styles[issue.severity])} />
        <span>
          <span className={styles.severity}>{`${SEVERITY_WORD[issue.severity]}: `}</span>
          {issue.message}
        </span>
      </span>
      <span className={styles.fix}>{`Fix: ${issue.fix}`}</span>
      <span className={styles.where}>{`Go to ${sheetRef(issue.sheet)}!${issue.cell}`}</span>
    </button>
  );
}
