import { changesBetween } from "./changes";
import { matchActions } from "./match";
import type { ComparableAction, Comparison } from "./types";

export * from "./types";
export { textSimilarity } from "./similarity";

/**
 * Compares two versions of one plan: actions matched by ref, else by the similarity of their text; what
 * moved for each; what was added and removed.
 */
export function comparePlans(
  oldActions: readonly ComparableAction[],
  newActions: readonly ComparableAction[]
): Comparison {
  const { pairs, added, removed } = matchActions(oldActions, newActions);
  const matched = pairs.map((p) => ({ ...p, changes: changesBetween(p.old, p.new) }));
  const all = matched.flatMap((m) => m.changes);
  return {
    matched,
    added: [...added],
    removed: [...removed],
    counts: {
      matched: matched.length,
      changed: matched.filter((m) => m.changes.length > 0).length,
      added: added.length,
      removed: removed.length,
      slipped: all.filter((c) => c.kind === "slipped").length,
      worse: all.filter((c) => c.kind === "rating" && c.direction === "worse").length,
      better: all.filter((c) => c.kind === "rating" && c.direction === "better").length,
      staleUpdates: all.filter((c) => c.kind === "stale-update").length,
    },
  };
}

/**
 * Whether two workbooks look like versions of one plan: at least a fifth of the smaller side matched.
 * Comparing two unrelated plans would list everything as added and removed, which reads as a disaster.
 */
export function looksLikeOnePlan(c: Comparison): boolean {
  const smaller = Math.min(c.matched.length + c.removed.length, c.matched.length + c.added.length);
  if (smaller === 0) return false;
  return c.matched.length >= Math.max(1, Math.ceil(smaller / 5));
}
export { actionLabel, comparisonHeadline, describeChange } from "./describe";
