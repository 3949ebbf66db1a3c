import type { ComparableAction } from "./types";
import { textSimilarity, words } from "./similarity";

export interface Pair {
  readonly old: ComparableAction;
  readonly new: ComparableAction;
  readonly confidence: number;
  readonly by: "ref" | "text";
}

export interface Matching {
  readonly pairs: readonly Pair[];
  readonly added: readonly ComparableAction[];
  readonly removed: readonly ComparableAction[];
}

/** Below this an old and a new action are not taken for one action (measured on the fixture versions). */
export const MIN_CONFIDENCE = 0.5;

/** "1)", "1.1.", " 4.2 " → "1", "1.1", "4.2": the ways a plan writes one ref. */
function refKey(ref: string | null): string | null {
  if (ref === null) return null;
  const key = ref
    .trim()
    .toLowerCase()
    .replace(/[).:\s]+$/, "")
    .replace(/^\(/, "");
  return key === "" ? null : key;
}

function uniqueRefs(actions: readonly ComparableAction[]): Set<string> {
  const seen = new Map<string, number>();
  for (const a of actions) {
    const k = refKey(a.ref);
    if (k !== null) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n === 1).map(([k]) => k));
}

/**
 * Plans number actions within sections ("1)" under every activity), so a shared ref identifies an action
 * only within one section, or when it is unique in both versions.
 */
function sameRef(
  o: ComparableAction,
  n: ComparableAction,
  uniqueOld: Set<string>,
  uniqueNew: Set<string>
): boolean {
  const k = refKey(o.ref);
  if (k === null || k !== refKey(n.ref)) return false;
  return o.section === n.section || (uniqueOld.has(k) && uniqueNew.has(k));
}

function score(o: ComparableAction, n: ComparableAction, refAgrees: boolean): Pair {
  const text = textSimilarity(o.action, n.action);
  // a matching ref vouches for a reworded action; the text still decides between candidates
  const confidence = refAgrees
    ? 0.55 + 0.45 * text
    : Math.min(1, text + (o.section === n.section ? 0.02 : 0));
  return {
    old: o,
    new: n,
    confidence: Math.round(confidence * 1000) / 1000,
    by: refAgrees ? "ref" : "text",
  };
}

/** New actions that share a word or a ref with `o`: the only ones worth scoring (plans run to thousands). */
function candidates(
  o: ComparableAction,
  byWord: ReadonlyMap<string, readonly number[]>,
  byRef: ReadonlyMap<string, readonly number[]>
): Set<number> {
  const out = new Set<number>();
  for (const w of words(o.action)) for (const i of byWord.get(w) ?? []) out.add(i);
  const k = refKey(o.ref);
  if (k !== null) for (const i of byRef.get(k) ?? []) out.add(i);
  return out;
}

function index(actions: readonly ComparableAction[]) {
  const byWord = new Map<string, number[]>();
  const byRef = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  actions.forEach((a, i) => {
    for (const w of words(a.action)) add(byWord, w, i);
    const k = refKey(a.ref);
    if (k !== null) add(byRef, k, i);
  });
  return { byWord, byRef };
}

/**
 * Pairs each old action with at most one new one: every plausible pair is scored, then taken best first
 * (a renumbered action's text match outranks the stranger that inherited its ref). What stays unpaired is
 * added (new side) or removed (old side).
 */
export function matchActions(
  oldActions: readonly ComparableAction[],
  newActions: readonly ComparableAction[]
): Matching {
  const uniqueOld = uniqueRefs(oldActions);
  const uniqueNew = uniqueRefs(newActions);
  const { byWord, byRef } = index(newActions);
  const scored: { pair: Pair; o: number; n: number }[] = [];
  oldActions.forEach((o, oi) => {
    for (const ni of candidates(o, byWord, byRef)) {
      const n = newActions[ni];
      if (!n) continue;
      const pair = score(o, n, sameRef(o, n, uniqueOld, uniqueNew));
      if (pair.confidence >= MIN_CONFIDENCE) scored.push({ pair, o: oi, n: ni });
    }
  });
  scored.sort((a, b) => b.pair.confidence - a.pair.confidence || a.o - b.o || a.n - b.n);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const taken: { pair: Pair; n: number }[] = [];
  for (const s of scored) {
    if (usedOld.has(s.o) || usedNew.has(s.n)) continue;
    usedOld.add(s.o);
    usedNew.add(s.n);
    taken.push(s);
  }
  taken.sort((a, b) => a.n - b.n); // in the new version's order, as a reader goes down the plan
  return {
    pairs: taken.map((t) => t.pair),
    added: newActions.filter((_, i) => !usedNew.has(i)),
    removed: oldActions.filter((_, i) => !usedOld.has(i)),
  };
}
