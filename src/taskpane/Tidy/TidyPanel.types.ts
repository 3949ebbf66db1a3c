import type { TidyTable } from "../../core/tidy/plan";
import type { TidyTableWrite } from "../../core/tidy/write";

export interface TidyPanelProps {
  /** The proposal per table, and what it would write (with the status columns consented to so far). */
  readonly tables: readonly { readonly plan: TidyTable; readonly write: TidyTableWrite }[];
  /** Table keys whose "add a status column" offer the user has ticked. */
  readonly consent: ReadonlySet<string>;
  readonly busy: boolean;
  readonly onConsent: (tableKey: string, yes: boolean) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

export interface TableProposalProps {
  readonly plan: TidyTable;
  readonly write: TidyTableWrite;
  readonly consent: boolean;
  readonly busy: boolean;
  readonly onConsent: (yes: boolean) => void;
}
