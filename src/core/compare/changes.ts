import type { Rating } from "../schema/action";
import { daysBetween } from "../calendar/iso";
import type { Change, ComparableAction } from "./types";
import { foldText } from "../text/normalise";

/** Worse is towards Red; not-rated sits outside the scale (missing data is neither better nor worse). */
const RANK: Readonly<Record<Rating, number | null>> = {
  red: 0,
  amber: 1,
  green: 2,
  complete: 3,
  "not-rated": null,
};

function same(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => foldText(s ?? "");
  return norm(a) === norm(b);
}

function ratingChange(o: ComparableAction, n: ComparableAction): Change | null {
  if (o.rating === n.rating) return null;
  const from = RANK[o.rating];
  const to = RANK[n.rating];
  const direction = from === null || to === null ? "same" : to < from ? "worse" : "better";
  return { kind: "rating", from: o.rating, to: n.rating, direction };
}

/** A due date moved later is the delay boards ask about; a due date dropped altogether hides one. */
function dueChange(o: ComparableAction, n: ComparableAction): Change | null {
  if (o.due === null || o.due === n.due) return null;
  const times = o.slips + 1;
  if (n.due === null) return { kind: "slipped", from: o.due, to: null, times };
  const days = daysBetween(o.due, n.due);
  if (days === null || days === 0) return null;
  return days > 0
    ? { kind: "slipped", from: o.due, to: n.due, days, times }
    : { kind: "due-earlier", from: o.due, to: n.due, days };
}

/** What moved between two versions of one action, in the order a board reads it. */
export function changesBetween(o: ComparableAction, n: ComparableAction): Change[] {
  const out: Change[] = [];
  const rating = ratingChange(o, n);
  if (rating) out.push(rating);
  const due = dueChange(o, n);
  if (due) out.push(due);
  if (!same(o.owner, n.owner)) out.push({ kind: "owner", from: o.owner, to: n.owner });
  if (!same(o.status, n.status)) out.push({ kind: "status", from: o.status, to: n.status });
  // an update copied forward word for word is the commonest sign that nobody looked at the action
  if (
    o.update !== null &&
    o.update.trim() !== "" &&
    same(o.update, n.update) &&
    n.rating !== "complete"
  ) {
    out.push({ kind: "stale-update", from: o.update, to: n.update });
  }
  return out;
}
