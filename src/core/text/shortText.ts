import { collapseSpace } from "./normalise";

/** A cell quoted in a message: one line, at most 60 characters (a status cell can hold a page). */
export function shortText(text: string, max = 60): string {
  const one = collapseSpace(text);
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}
