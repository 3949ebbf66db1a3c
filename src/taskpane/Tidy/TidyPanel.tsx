import * as React from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Subtitle2,
} from "@fluentui/react-components";
import type { TableProposalProps, TidyPanelProps } from "./TidyPanel.types";
import { useTidyStyles } from "./useTidyStyles.styles";

/** One table's additions: the dropdown's words, the colour rules as swatches, the due prompt. */
function TableProposal({
  plan,
  write,
  consent,
  busy,
  onConsent,
}: TableProposalProps): React.JSX.Element {
  const styles = useTidyStyles();
  const offer = plan.offerStatusColumn;
  const nothing = !write.status && !write.due && !offer;
  return (
    <section className={styles.table} aria-label={`Tidy ${plan.sheet}`}>
      <Body1Strong as="h3">{plan.sheet}</Body1Strong>
      {write.status ? (
        <>
          <Body1>
            {`Dropdown on ${write.status.range}: ${write.status.listSource.split(",").join(", ")}`}
            {plan.statusList?.source === "standard" || !plan.statusList ? (
              <Caption1 className={styles.muted}>
                {" "}
                (a standard set: the plan has no status words of its own)
              </Caption1>
            ) : null}
          </Body1>
          <ul className={styles.rules} aria-label={`Colour rules on ${plan.sheet}`}>
            {write.status.rules.map((r) => (
              <li key={r.text}>
                {/* the rule's own colours: the word is written on it, so colour is never the only signal */}
                <Body1 className={styles.swatch} style={{ backgroundColor: r.fill, color: r.ink }}>
                  {r.text}
                </Body1>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {write.due ? (
        <Body1>{`Date prompt on ${write.due.range}: “${write.due.prompt.text}”`}</Body1>
      ) : null}
      {offer ? (
        <Checkbox
          checked={consent}
          disabled={busy}
          onChange={(_e, d) => onConsent(d.checked === true)}
          label={`Add a “${offer.header}” column in ${offer.column} (this table has no status column)`}
        />
      ) : null}
      {nothing ? <Caption1 className={styles.muted}>Nothing to add to this table.</Caption1> : null}
    </section>
  );
}

/**
 * "Tidy this plan": what would be added, per table, before anything is; Apply and Cancel. The status
 * column is offered with its own tick box, never added without it.
 */
export function TidyPanel(props: TidyPanelProps): React.JSX.Element {
  const styles = useTidyStyles();
  return (
    <div className={styles.region} role="region" aria-label="Tidy this plan">
      <Subtitle2 as="h2">Tidy this plan</Subtitle2>
      <Caption1 className={styles.muted}>
        Adds dropdowns, colour rules and a date prompt so the plan keeps itself in shape. No value
        is changed, a validation you already have is left alone, and Remove tidy rules takes them
        away.
      </Caption1>
      {props.tables.map(({ plan, write }) => (
        <TableProposal
          key={plan.tableKey}
          plan={plan}
          write={write}
          consent={props.consent.has(plan.tableKey)}
          busy={props.busy}
          onConsent={(yes) => props.onConsent(plan.tableKey, yes)}
        />
      ))}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={props.onApply} disabledFocusable={props.busy}>
          Apply
        </Button>
        <Button onClick={props.onCancel} disabledFocusable={props.busy}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
