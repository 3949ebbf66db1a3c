import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { CheckedTable } from "../../core/schema";
import { effectLine, sharedColumns, tableCounts } from "../mappingEffect";
import type { MappingEffect } from "../paneState";

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}`;
}

/**
 * Under a table's mapping: a warning when two fields read one column (each would be checked against the
 * other's text), and, after the user corrected this table's mapping, what the correction did to its
 * counts, here where the user is looking rather than in the verdict at the top.
 */
export function TableNotes({
  table,
  effect,
}: {
  readonly table: CheckedTable;
  readonly effect: MappingEffect | null | undefined;
}): React.JSX.Element | null {
  const shared = sharedColumns(table.columns);
  const mine = effect?.tableKey === table.key ? effect : null;
  if (shared.length === 0 && !mine) return null;
  return (
    <>
      {shared.map(({ column, fields }) => (
        <MessageBar key={column} intent="warning" layout="multiline">
          <MessageBarBody>
            {`${joinAnd(fields)} are ${fields.length === 2 ? "both" : "all"} mapped to column ${column}. Each field needs its own column: choose another column for ${fields.length === 2 ? "one of them" : "all but one"}, or "Not in this table".`}
          </MessageBarBody>
        </MessageBar>
      ))}
      <div role="status" aria-live="polite">
        {mine ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{effectLine(mine.before, tableCounts(table))}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </>
  );
}
