import * as React from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WorkbookPort } from "../../app/ports";
import { applyTidyPlan, hasTidyRules, proposeTidy, removeTidyRules } from "../../app/tidy";
import type { WorkbookReport } from "../../core/schema/report";
import type { TidyTable } from "../../core/tidy/plan";
import { tidyWrites } from "../../core/tidy/write";
import { failureMessage } from "../usePane";
import { TidyPanel } from "./TidyPanel";
import { tidyOutcomeText } from "./tidyText";
import { useTidyStyles } from "./useTidyStyles.styles";

export interface TidyProps {
  readonly port: WorkbookPort;
  readonly report: WorkbookReport;
  /** The pane is doing something else: the buttons wait. */
  readonly disabled: boolean;
}

type Said = { readonly intent: "success" | "error"; readonly text: string } | null;

/** Whether the workbook holds tidy rules to remove: read again whenever the port changes. */
function useHasTidyRules(
  port: WorkbookPort
): [boolean, React.Dispatch<React.SetStateAction<boolean>>] {
  const [yes, setYes] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    hasTidyRules(port).then(
      (found) => live && setYes(found),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [port]);
  return [yes, setYes];
}

function removedText(r: Awaited<ReturnType<typeof removeTidyRules>>): string {
  const kept = r.keptChanged
    ? ` ${r.keptChanged} you had changed since were left as they are.`
    : "";
  return `Removed the tidy rules (${r.removed}).${kept}`;
}

/** Each proposed table with what Apply would write to it, given the user's consents. */
function withWrites(proposal: TidyTable[], report: WorkbookReport, consent: ReadonlySet<string>) {
  const writes = tidyWrites(proposal, report, consent);
  return proposal.map((plan, i) => ({ plan, write: writes[i]! }));
}

function toggled(set: ReadonlySet<string>, key: string, yes: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (yes) next.add(key);
  else next.delete(key);
  return next;
}

/**
 * "Tidy this plan…" and "Remove tidy rules": reads the workbook for the proposal, shows it, and on
 * Apply goes through the app layer (one undo step where Excel allows). Keeps its own small state.
 */
export function Tidy({ port, report, disabled }: TidyProps): React.JSX.Element | null {
  const [proposal, setProposal] = React.useState<TidyTable[] | null>(null);
  const [consent, setConsent] = React.useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = React.useState(false);
  const [canRemove, setCanRemove] = useHasTidyRules(port);
  const [said, setSaid] = React.useState<Said>(null);
  const styles = useTidyStyles();

  const doing = async (work: () => Promise<void>) => {
    setBusy(true);
    setSaid(null);
    try {
      await work();
    } catch (error) {
      setSaid({ intent: "error", text: failureMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  const open = () =>
    doing(async () => {
      setConsent(new Set());
      setProposal(proposeTidy(report, await port.readGrid()));
    });
  const apply = () =>
    doing(async () => {
      if (!proposal) return;
      const outcome = await applyTidyPlan(port, report, proposal, consent);
      setProposal(null);
      setSaid({ intent: "success", text: tidyOutcomeText(outcome) });
      setCanRemove(await hasTidyRules(port));
    });
  const remove = () =>
    doing(async () => {
      const r = await removeTidyRules(port);
      setCanRemove(false);
      setSaid({ intent: "success", text: removedText(r) });
    });

  if (!port.applyTidy) return null;
  const tables = proposal ? withWrites(proposal, report, consent) : [];
  return (
    <>
      {proposal === null ? (
        <div className={styles.buttons} role="group" aria-label="Tidy">
          <Button onClick={() => void open()} disabledFocusable={disabled || busy}>
            Tidy this plan…
          </Button>
          {canRemove ? (
            <Button onClick={() => void remove()} disabledFocusable={disabled || busy}>
              Remove tidy rules
            </Button>
          ) : null}
        </div>
      ) : (
        <TidyPanel
          tables={tables}
          consent={consent}
          busy={busy || disabled}
          onConsent={(key, yes) => setConsent((c) => toggled(c, key, yes))}
          onApply={() => void apply()}
          onCancel={() => setProposal(null)}
        />
      )}
      {said ? (
        <MessageBar intent={said.intent} layout="multiline">
          <MessageBarBody>{said.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
