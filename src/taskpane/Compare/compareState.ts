import type { BaselineRead } from "../../app/compare";

/** One side the open workbook can be compared with: not asked for yet, being read, or read. */
export type BaselineSlot =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly name: string | null }
  | BaselineRead;

/** The compare section's state; the reducer below is its only writer. */
export interface CompareState {
  /** The snapshot the last summary build stored in the workbook: the default comparison. */
  readonly snapshot: BaselineSlot;
  /** A previous version the user picked; null until one is picked. */
  readonly file: BaselineSlot | null;
  /** Which of the two the section shows: a picked file wins until the user goes back. */
  readonly showing: "snapshot" | "file";
  /** The user dismissed the message that the stored snapshot could not be read. */
  readonly snapshotProblemDismissed: boolean;
}

export const INITIAL_COMPARE: CompareState = {
  snapshot: { kind: "idle" },
  file: null,
  showing: "snapshot",
  snapshotProblemDismissed: false,
};

export type CompareEvent =
  | { readonly type: "snapshot-reading" }
  | { readonly type: "snapshot-read"; readonly read: BaselineRead }
  | { readonly type: "file-reading"; readonly name: string }
  | { readonly type: "file-read"; readonly name: string; readonly read: BaselineRead }
  | { readonly type: "show-snapshot" }
  | { readonly type: "dismiss-snapshot-problem" };

/** Pure, so every transition is unit-tested without React. */
export function compareReducer(state: CompareState, event: CompareEvent): CompareState {
  switch (event.type) {
    case "snapshot-reading":
      return { ...state, snapshot: { kind: "reading", name: null } };
    case "snapshot-read":
      // a new problem (after the next summary build) is shown again
      return { ...state, snapshot: event.read, snapshotProblemDismissed: false };
    case "file-reading":
      return { ...state, file: { kind: "reading", name: event.name }, showing: "file" };
    case "file-read": {
      // a late answer for a file the user has since replaced is dropped
      const current = state.file;
      if (current?.kind !== "reading" || current.name !== event.name) return state;
      return { ...state, file: event.read };
    }
    case "show-snapshot":
      return { ...state, file: null, showing: "snapshot" };
    case "dismiss-snapshot-problem":
      return { ...state, snapshotProblemDismissed: true };
  }
}

/** The slot the section shows. */
export function shownSlot(state: CompareState): BaselineSlot {
  return state.showing === "file" && state.file ? state.file : state.snapshot;
}
