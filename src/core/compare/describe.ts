import { dayCount, formatUkDate } from "../calendar/iso";
import type { Rating } from "../schema/action";
import type { Change, ComparableAction, Comparison } from "./types";
import { collapseSpace } from "../text/normalise";

const RATING_WORDS: Readonly<Record<Rating, string>> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  complete: "Complete",
  "not-rated": "Not rated",
};

const date = (iso: string | null) => (iso === null ? "no date" : formatUkDate(iso));
const quoted = (s: string | null) => (s === null || s.trim() === "" ? "nobody" : `"${s.trim()}"`);

function times(n: number | undefined): string {
  if (n === undefined || n < 2) return "";
  return n === 2 ? " (the second time)" : ` (${n} times now)`;
}

/** One change in words, as the pane, the CLI and the summary sheet say it. */
export function describeChange(c: Change): string {
  switch (c.kind) {
    case "slipped":
      return c.to === null
        ? `due date ${date(c.from)} removed${times(c.times)}`
        : `slipped ${dayCount(c.days ?? 0)}: ${date(c.from)} → ${date(c.to)}${times(c.times)}`;
    case "due-earlier":
      return `brought forward ${dayCount(-(c.days ?? 0))}: ${date(c.from)} → ${date(c.to)}`;
    case "rating": {
      const words = `${RATING_WORDS[c.from as Rating] ?? c.from} → ${RATING_WORDS[c.to as Rating] ?? c.to}`;
      return c.direction === "same" ? `rating ${words}` : `${c.direction} (${words})`;
    }
    case "owner":
      return `owner ${quoted(c.from)} → ${quoted(c.to)}`;
    case "status":
      return `status ${quoted(c.from)} → ${quoted(c.to)}`;
    case "stale-update":
      return "update unchanged since the last report";
  }
}

/** "1.2 Review the local offer…" — the ref and the first words, for a list line. */
export function actionLabel(a: ComparableAction, width = 60): string {
  const flat = collapseSpace(a.action);
  const short =
    flat.length <= width
      ? flat
      : `${flat.slice(0, flat.lastIndexOf(" ", width) > 20 ? flat.lastIndexOf(" ", width) : width)}…`;
  return a.ref ? `${a.ref} ${short}` : short;
}

/** The headline a board reads first: "3 slipped, 2 worse, 1 better, 4 updates unchanged; 1 added, 2 removed". */
export function comparisonHeadline(c: Comparison): string {
  const n = c.counts;
  const parts = [
    `${n.matched} matched`,
    `${n.slipped} slipped`,
    `${n.worse} worse`,
    `${n.better} better`,
    `${n.staleUpdates} ${n.staleUpdates === 1 ? "update" : "updates"} unchanged`,
    `${n.added} added`,
    `${n.removed} removed`,
  ];
  return parts.join(", ");
}
