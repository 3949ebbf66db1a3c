/** Counted nouns with their verbs, for sentences that say how many ("3 actions have"). */

/** "1 action has", "3 actions have": the count, its noun and the verb agreeing with it. */
export function countHave(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"} ${n === 1 ? "has" : "have"}`;
}

/** "1 action is", "3 actions are". */
export function countAre(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"} ${n === 1 ? "is" : "are"}`;
}

/** "1 action ends", "3 actions end". */
export function countVerb(n: number, noun: string, verb: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"} ${n === 1 ? `${verb}s` : verb}`;
}
