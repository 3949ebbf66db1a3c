import * as React from "react";
import { Body1, Button, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { CopyRegular, TableAddRegular } from "@fluentui/react-icons";
import type { Severity } from "../../core/schema";
import { IssueFilter } from "../IssueFilter/IssueFilter";
import { isFiltered, type IssueEntry, type SeverityGroup } from "../issueView";
import { plural } from "../paneState";
import { SEVERITY_LOOK } from "../SeverityCounts/severityLook";
import { VirtualList } from "../VirtualList/VirtualList";
import type { RowProps } from "../VirtualList/VirtualList.types";
import type { IssueListProps } from "./IssueList.types";
import { useIssueListStyles } from "./useIssueListStyles.styles";

const SEVERITY_WORD = { error: "Error", warning: "Warning", info: "Tip" } as const;

/** A sheet name as Excel writes it in a reference: quoted when it has spaces or punctuation. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A row of the list: a severity's heading, or one issue under it. */
type Row =
  | { readonly kind: "heading"; readonly group: SeverityGroup }
  | { readonly kind: "issue"; readonly entry: IssueEntry; readonly n: number };

/**
 * `n` tells apart issues of one code on one cell: it counts those before it, not every issue before it, so
 * a row keeps its key (its mounted card and measured height) when an edit adds or removes another issue.
 */
export function rowsOf(groups: readonly SeverityGroup[]): Row[] {
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (const group of groups) {
    rows.push({ kind: "heading", group });
    for (const entry of group.entries) {
      const base = baseKey(entry);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      rows.push({ kind: "issue", entry, n });
    }
  }
  return rows;
}

const baseKey = (entry: IssueEntry): string =>
  `${entry.issue.sheet}!${entry.issue.cell}:${entry.issue.code}`;

const rowKey = (row: Row): string =>
  row.kind === "heading" ? `h:${row.group.severity}` : `i:${baseKey(row.entry)}:${row.n}`;

/** Characters per line of a card in a 350 px pane: a guess until the row is measured. */
const CHARS_PER_LINE = 40;
const LINE_PX = 20;
const estimate = (row: Row): number =>
  row.kind === "heading"
    ? 72
    : 34 +
      LINE_PX *
        (Math.ceil((row.entry.issue.message.length + 9) / CHARS_PER_LINE) +
          Math.ceil((row.entry.issue.fix.length + 5) / CHARS_PER_LINE) +
          1);

const focusable = (row: Row): boolean => row.kind === "issue";

/**
 * The issues grouped by severity (Errors, Warnings, Tips), each a button (click, Enter or Space) that selects
 * its cell. Only the rows near the viewport are rendered, so a plan of any size scrolls smoothly.
 */
function IssueListView({
  view,
  filter,
  codes,
  onFilter,
  onGoTo,
  onCopy,
  onExport,
}: IssueListProps): React.JSX.Element {
  const styles = useIssueListStyles();
  const rows = React.useMemo(() => rowsOf(view.groups), [view.groups]);
  const entries = React.useMemo(() => view.groups.flatMap((g) => g.entries), [view.groups]);
  const renderRow = React.useCallback(
    (row: Row, props: RowProps) =>
      row.kind === "heading" ? (
        <GroupHeading group={row.group} />
      ) : (
        <IssueItem entry={row.entry} onGoTo={onGoTo} row={props} />
      ),
    [onGoTo]
  );
  const shownLine = isFiltered(filter)
    ? `Showing ${view.shownTotal.toLocaleString("en-GB")} of ${plural(view.total, "issue")}.`
    : `${plural(view.total, "issue")}.`;

  return (
    <div className={styles.root}>
      <IssueFilter filter={filter} codes={codes} onChange={onFilter} />
      <div className={styles.toolbar}>
        <Body1 as="p" className={styles.shown} role="status">
          {shownLine}
        </Body1>
        <Button
          icon={<CopyRegular />}
          onClick={() => onCopy(entries)}
          disabledFocusable={entries.length === 0}
        >
          Copy as table
        </Button>
        <Button
          icon={<TableAddRegular />}
          onClick={() => onExport(entries)}
          disabledFocusable={entries.length === 0}
        >
          Export to a sheet
        </Button>
      </div>
      {view.total === 0 ? (
        <Body1 as="p" className={styles.empty}>
          No issues found.
        </Body1>
      ) : null}
      {view.total > 0 && view.shownTotal === 0 ? (
        <Body1 as="p" className={styles.empty}>
          No issues match the filter.
        </Body1>
      ) : null}
      {rows.length > 0 ? (
        <VirtualList
          items={rows}
          itemKey={rowKey}
          renderItem={renderRow}
          estimateHeight={estimate}
          isFocusable={focusable}
          label="Issues"
        />
      ) : null}
    </div>
  );
}

function GroupHeading({ group }: { readonly group: SeverityGroup }): React.JSX.Element {
  const styles = useIssueListStyles();
  const look = SEVERITY_LOOK[group.severity];
  const tone: Record<Severity, string> = {
    error: styles.errorHeading,
    warning: styles.warningHeading,
    info: styles.infoHeading,
  };
  return (
    <>
      <Subtitle2 as="h3" className={styles.groupHeading}>
        <look.Icon aria-hidden className={mergeClasses(styles.headingIcon, tone[group.severity])} />
        {`${group.title} (${group.entries.length.toLocaleString("en-GB")})`}
      </Subtitle2>
      <Body1 as="p" className={styles.why}>
        {group.why}
      </Body1>
    </>
  );
}

function IssueItemView({
  entry,
  onGoTo,
  row,
}: {
  readonly entry: IssueEntry;
  readonly onGoTo: IssueListProps["onGoTo"];
  readonly row: RowProps;
}): React.JSX.Element {
  const styles = useIssueListStyles();
  const { issue } = entry;
  const look = SEVERITY_LOOK[issue.severity];
  return (
    <button
      type="button"
      className={styles.item}
      onClick={() => onGoTo(issue.sheet, issue.cell)}
      data-code={issue.code}
      {...row}
    >
      <span className={styles.line}>
        <look.Icon aria-hidden className={mergeClasses(styles.icon, styles[issue.severity])} />
        <span>
          <span className={styles.severity}>{`${SEVERITY_WORD[issue.severity]}: `}</span>
          {issue.message}
        </span>
      </span>
      <span className={styles.fix}>{`Fix: ${issue.fix}`}</span>
      <span className={styles.where}>
        {`${entry.where} · Go to ${sheetRef(issue.sheet)}!${issue.cell}`}
      </span>
    </button>
  );
}

/**
 * Memoised on the entry: after an edit's re-check the entries of the tables not checked again are the same
 * objects, so only the edited table's cards render again. The row's focus handler is made anew on every
 * render of the list but does the same for the same index.
 */
const IssueItem = React.memo(
  IssueItemView,
  (a, b) =>
    a.entry === b.entry &&
    a.onGoTo === b.onGoTo &&
    a.row.tabIndex === b.row.tabIndex &&
    a.row["data-vindex"] === b.row["data-vindex"]
);

/**
 * Memoised: the pane re-renders on every step of a check (busy, rated, highlighted, finished), and the
 * list's row measuring forces a layout each time it renders; its props change only with the report or
 * the filter.
 */
export const IssueList = React.memo(IssueListView);
