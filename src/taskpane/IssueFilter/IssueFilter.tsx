import * as React from "react";
import { Dropdown, Field, Option, SearchBox } from "@fluentui/react-components";
import type { IssueCode, Rating, Severity } from "../../core/schema";
import { RATING_ORDER, ratingLabel } from "../../core/summary/labels";
import { ISSUE_CODE_LABEL } from "./issueCodeLabels";
import type { IssueFilterProps } from "./IssueFilter.types";
import { useIssueFilterStyles } from "./useIssueFilterStyles.styles";

const SEVERITY_OPTIONS: ReadonlyArray<[Severity | "all", string]> = [
  ["all", "All severities"],
  ["error", "Errors"],
  ["warning", "Warnings"],
  ["info", "Tips"],
];

/**
 * Narrows the issue list by severity, kind of issue, the action's rating, and words (in the message, the
 * fix, the cell, the action, its owner, its section or the kind of issue).
 */
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
      <Field label="Rating" className={styles.field}>
        <Dropdown
          className={styles.control}
          value={filter.rating === "all" ? "All ratings" : ratingLabel(filter.rating)}
          selectedOptions={[filter.rating]}
          onOptionSelect={(_e, data) =>
            onChange({ rating: (data.optionValue ?? "all") as Rating | "all" })
          }
        >
          <Option value="all">All ratings</Option>
          {RATING_ORDER.map((rating) => (
            <Option key={rating} value={rating}>
              {ratingLabel(rating)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Search issues"
        hint="Action, owner, section, kind of issue or cell"
        className={styles.search}
      >
        <SearchBox
          className={styles.control}
          value={filter.text}
          onChange={(_e, data) => onChange({ text: data.value })}
        />
      </Field>
    </fieldset>
  );
}
