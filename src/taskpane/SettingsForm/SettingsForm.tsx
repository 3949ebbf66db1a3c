import * as React from "react";
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { FIELDS, type Config } from "../../core/schema";
import { ukDate } from "../../core/messages";
import { parseReportDate } from "../../core/calendar/reportDate";
import { draftOf, inputOf } from "./settingsDraft";
import type {
  ReportDateProps,
  RequiredFieldsProps,
  SettingsDraft,
  SettingsFormProps,
} from "./SettingsForm.types";
import { useSettingsFormStyles } from "./useSettingsFormStyles.styles";

/** The checker's settings, saved in the workbook; the config schema judges them before anything is saved. */
export function SettingsForm({
  config,
  today,
  error,
  busy,
  onSave,
}: SettingsFormProps): React.JSX.Element {
  const styles = useSettingsFormStyles();
  const [draft, setDraft] = React.useState<SettingsDraft>(() => draftOf(config));
  const [saved, setSaved] = React.useState(false);
  const [dateError, setDateError] = React.useState<string | null>(null);
  React.useEffect(() => setDraft(draftOf(config)), [config]);
  const edit = (change: Partial<SettingsDraft>) => {
    setSaved(false);
    if ("asOf" in change) setDateError(null);
    setDraft((d) => ({ ...d, ...change }));
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    // Typed as the officer writes it (31/01/2014), never a browser date picker that shows mm/dd/yyyy in
    // a US-English browser: read here, and explained when it is not a date.
    const typed = draft.asOf.trim();
    const date = typed === "" ? null : parseReportDate(typed);
    if (date && !date.ok) {
      setDateError(date.error);
      return;
    }
    setSaved(await onSave(inputOf(config, { ...draft, asOf: date ? date.value : "" })));
  };

  return (
    <form className={styles.root} onSubmit={submit} aria-label="Settings" noValidate>
      <ReportDateField
        value={draft.asOf}
        today={today}
        error={dateError}
        onChange={(asOf) => edit({ asOf })}
      />
      <Field
        label="Amber window (days)"
        hint="Actions due within this many days after the report date are Amber."
        validationState={error?.includes("amber window") ? "error" : "none"}
      >
        <Input
          className={styles.input}
          type="number"
          inputMode="numeric"
          min={0}
          max={366}
          value={draft.amberDays}
          onChange={(_e, data) => edit({ amberDays: data.value })}
        />
      </Field>
      <Field label="Open-ended actions (no end date) are rated">
        <RadioGroup
          value={draft.openEnded}
          onChange={(_e, data) => edit({ openEnded: data.value as Config["openEnded"] })}
        >
          <Radio value="green" label="Green" />
          <Radio value="not-rated" label="Not rated" />
        </RadioGroup>
      </Field>
      <Field label="Label for complete actions" hint='Some councils say "Blue" or "Done".'>
        <Input
          className={styles.input}
          value={draft.completeLabel}
          onChange={(_e, data) => edit({ completeLabel: data.value })}
        />
      </Field>
      <RequiredFields required={draft.required} onChange={(required) => edit({ required })} />
      <SaveFooter error={error} busy={busy} saved={saved} />
    </form>
  );
}

function ReportDateField(props: ReportDateProps): React.JSX.Element {
  const styles = useSettingsFormStyles();
  return (
    <Field
      label="Report date"
      hint={`Day, month, year (31/01/2014). Actions are rated as at this date. Leave it empty to use today (${ukDate(props.today)}).`}
      validationState={props.error ? "error" : "none"}
      {...(props.error ? { validationMessage: props.error } : {})}
    >
      <Input
        className={styles.input}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        value={props.value}
        onChange={(_e, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

/** A box per field; the ticked ones keep the field table's order. */
function RequiredFields(props: RequiredFieldsProps): React.JSX.Element {
  const styles = useSettingsFormStyles();
  const toggle = (field: Config["required"][number], on: boolean) =>
    props.onChange(
      on
        ? FIELDS.map((f) => f.name).filter((n) => n === field || props.required.includes(n))
        : props.required.filter((n) => n !== field)
    );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Required fields</legend>
      <div className={styles.checks}>
        {FIELDS.map((f) => (
          <Checkbox
            key={f.name}
            className={styles.check}
            label={f.label}
            checked={props.required.includes(f.name)}
            onChange={(_e, data) => toggle(f.name, data.checked === true)}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Why the settings were refused, the Save button and, once saved, a status a screen reader announces. */
function SaveFooter(props: {
  error: string | null | undefined;
  busy: boolean;
  saved: boolean;
}): React.JSX.Element {
  const styles = useSettingsFormStyles();
  return (
    <>
      {props.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Settings not saved</MessageBarTitle>
            {props.error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={props.busy}>
          Save settings
        </Button>
        <Body1 role="status" className={styles.saved}>
          {props.saved ? "Settings saved." : ""}
        </Body1>
      </div>
    </>
  );
}
