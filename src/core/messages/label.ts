import { shortenCollapsed } from "../text/shorten";
import { trimEndRefMarks } from "../text/trimEnd";

/**
 * How messages name an action: its ref and first words, so an officer can find it without the row number.
 * `actionText` as a detected row holds it, white space already collapsed (see `actionTextOf`): labels are
 * made for nearly every action of a big plan, and collapsing again would read each text once more.
 */
export function actionLabel(ref: string | null, actionText: string, row: number): string {
  const words = shortenCollapsed(actionText, 48);
  const refPart = ref ? `Action ${trimEndRefMarks(ref)}` : `The action in row ${row}`;
  return words ? `${refPart} '${words}'` : refPart;
}

/** Cuts text at a word boundary and marks the cut with an ellipsis: see text/shorten.ts. */
export { shorten } from "../text/shorten";

/** UK date for people (30/09/2003): the calendar's one formatter, by the name messages and the pane use. */
export { formatUkDate as ukDate } from "../calendar/iso";
