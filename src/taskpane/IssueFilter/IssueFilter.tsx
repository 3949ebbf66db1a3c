import * as React from "react";
import { Dropdown, Field, Option, SearchBox } from "@fluentui/react-components";
import type { IssueCode, Severity } from "../../core/schema";
import { ISSUE_CODE_LABEL } from "./issueCodeLabels";
import type { IssueFilterProps } from "./IssueFilter.types";
import { useIssueFilterStyles } from "./useIssueFilterStyles.styles";

const SEVERITY_OPTIONS: ReadonlyArray<[Severity | "all", string]> = [
  ["all", "All severities"],
  ["error", "Errors"],
  ["warning", "Warnings"],
  ["info", "Notes"],
];

/** Narrows the issue list by severity, by kind of issue, and by words in the message or the cell. */
export function IssueFilter({ filter, codes, onChange }: IssueFilterProps): React.JSX.Element {
  const styles = useIssueFilterStyles();
  const severityText = SEVERITY_OPTIONS.find(([value]) => value === filter.severity)?.[1] ?? "";
  const codeText = filter.code === "all" ? "All kinds" : ISSUE_CODE_LABEL[filter.code];
  return (
    <fieldset className={styles.root} aria-label="Filter issues">
      <Field label="Severity" className={styles.field}>
        <Dropdown
          className={styles.control}
          value={severityText}
          selectedOptions={[filter.severity]}
          onOptionSelect={(_e, data) =>
            onChange({ severity: (data.optionValue ?? "all") as Severity | "all" })
          }
        >
          {SEVERITY_OPTIONS.map(([value, text]) => (
            <Option key={value} value={value}>
              {text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Kind of issue" className={styles.field}>
        <Dropdown
          className={styles.control}
          value={codeText}
          selectedOptions={[filter.code]}
          onOptionSelect={(_e, data) =>
            onChange({ code: (data.optionValue ?? "all") as IssueCode | "all" })
          }
        >
          <Option value="all">All kinds</Option>
          {codes.map((code) => (
            <Option key={code} value={code}>
              {ISSUE_CODE_LABEL[code]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Search issues" className={styles.field}>
        <SearchBox
          className={styles.control}
          value={filter.text}
          onChange={(_e, data) => onChange({ text: data.value })}
        />
      </Field>
    </fieldset>
  );
}
