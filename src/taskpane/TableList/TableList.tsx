import * as React from "react";
import { Body1, Button, Dropdown, Field, Option, Subtitle2 } from "@fluentui/react-components";
import { FIELDS, type CheckedTable, type FieldName } from "../../core/schema";
import { fullSectionIfShortened, tableTitle } from "../paneState";
import { hiddenRowsLine, mappingWhy } from "./tableNotes";
import type { TableListProps } from "./TableList.types";
import { useTableListStyles } from "./useTableListStyles.styles";
import { TableNotes } from "./TableNotes";

/** Value of the "Not in this table" option (column letters are upper case, so it cannot clash). */
export const NOT_MAPPED = "none";

/** Fields always offered for correction: the ones every check reads. */
const CORE_FIELDS: ReadonlySet<FieldName> = new Set(["ref", "action", "owner", "due", "status"]);

function columnOrder(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}

function rowsOf(range: string): string {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
  return m ? `rows ${m[1]}–${m[2]}` : range;
}

/** The fields worth showing for a table: those found, those required, and the core ones. */
export function fieldsToShow(table: CheckedTable, required: readonly FieldName[]): FieldName[] {
  return FIELDS.map((f) => f.name).filter(
    (name) => table.columns[name] !== undefined || required.includes(name) || CORE_FIELDS.has(name)
  );
}

/** The tables found, where each sits, and which column holds each field, with a dropdown to correct it. */
export function TableList({
  tables,
  overrides,
  required,
  onChange,
  onReset,
  busy,
  effect,
}: TableListProps): React.JSX.Element {
  const styles = useTableListStyles();
  return (
    <ul className={styles.root} aria-label="Tables found">
      {tables.map((table) => {
        const headingId = `table-${table.key}`;
        const corrections = overrides[table.key] ?? {};
        return (
          <li key={table.key} className={styles.table} aria-labelledby={headingId}>
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              {tableTitle(table)}
            </Subtitle2>
            <Body1 as="p" className={styles.detail}>
              {`${sectionLine(table)}Sheet ${table.sheet}, ${rowsOf(table.range)}, header in row ${table.headerRow}.`}
            </Body1>
            {hiddenRowsLine(table) ? (
              <Body1 as="p" className={styles.detail}>
                {hiddenRowsLine(table)}
              </Body1>
            ) : null}
            <div className={styles.fields}>
              {fieldsToShow(table, required).map((field) => (
                <FieldPicker
                  key={field}
                  table={table}
                  field={field}
                  corrected={field in corrections}
                  busy={busy}
                  onChange={onChange}
                />
              ))}
            </div>
            <TableNotes table={table} effect={busy ? null : effect} />
            {Object.keys(corrections).length > 0 ? (
              <Button
                className={styles.reset}
                onClick={() => onReset(table.key)}
                disabledFocusable={busy}
              >
                Undo my corrections for this table
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** One field's column in a table, with a dropdown of the table's columns to correct it. */
function FieldPicker({
  table,
  field,
  corrected,
  busy,
  onChange,
}: Pick<TableListProps, "busy" | "onChange"> & {
  table: CheckedTable;
  field: FieldName;
  corrected: boolean;
}): React.JSX.Element {
  const styles = useTableListStyles();
  const letters = Object.keys(table.headers).sort(columnOrder);
  const optionText = (letter: string): string => {
    const header = table.headers[letter]?.trim();
    return header ? `${letter}: ${header}` : `${letter}: (no header)`;
  };
  const spec = FIELDS.find((f) => f.name === field);
  const column = table.columns[field];
  const value = column ?? NOT_MAPPED;
  const label = `${spec?.label ?? field}${corrected ? " (your correction)" : ""}`;
  const why = corrected ? null : mappingWhy(table, field);
  return (
    <Field label={label} {...(why ? { hint: why } : {})}>
      <Dropdown
        className={styles.dropdown}
        button={{ className: styles.dropdownButton }}
        value={column ? optionText(column) : "Not in this table"}
        selectedOptions={[value]}
        disabled={busy}
        onOptionSelect={(_e, data) => {
          const chosen = data.optionValue ?? NOT_MAPPED;
          if (chosen === value) return;
          onChange({ tableKey: table.key, field, column: chosen === NOT_MAPPED ? null : chosen });
        }}
      >
        {letters.map((letter) => (
          <Option key={letter} value={letter}>
            {optionText(letter)}
          </Option>
        ))}
        <Option value={NOT_MAPPED}>Not in this table</Option>
      </Dropdown>
    </Field>
  );
}

/** Says the section in full only when the heading had to shorten it, and never with a doubled full stop. */
function sectionLine(table: CheckedTable): string {
  if (!table.section) return "No section heading found. ";
  const full = fullSectionIfShortened(table);
  return full ? `Section: ${full}. ` : "";
}
