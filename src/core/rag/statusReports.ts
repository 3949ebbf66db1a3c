// Rules for a status written as a report of what happened rather than a status word: a decision not to
// do it, every action done, close to done, marked done, past its date, a caveat on open work, work begun,
// carried forward, a share of it done. They read the normalised text (see normaliseStatus) as the rules
// in statusRules.ts do; `lookup` reads a clause as a whole cell would be read.
import type { StatusMeaning } from "./statusMeaning";

type Lookup = (norm: string) => StatusMeaning | null;

/**
 * Decided not to do it ("Will not implement", "No further action", "Not implemented – N/A"): closed without
 * being done, as "cancelled" is, so never overdue.
 */
const DECLINED_RE =
  /^(?:(?:will|shall|would) not|won t|not to|decided not to|agreed not to)(?: be)? (?:implement(?:ed)?|proceed(?:ed|ing)?|progress(?:ed)?|pursue[d]?|take[n]? forward|go ahead)\b|^no further action\b|^\w+(?: \w+){0,3} (?:n a|not applicable)$/;

/**
 * Every action reported done ("All actions stipulated in the notice had been completed", "All agreed
 * delivery milestones achieved"): complete.
 */
const ALL_DONE_RE =
  /^all (?:the |of the )?(?:\w+ ){0,3}?(?:actions?|recommendations?|tasks?|milestones?|items?|points?|deliverables?)\b(?: \w+){0,6}?(?: (?:are|were|have|has|had)(?: now)?(?: been)?)? (?:complete[d]?|implemented|achieved|delivered|closed|actioned|done|met)$/;

/** Close to done ("nearing completion", "almost complete", "had almost been completed"): the dates decide. */
const NEAR_DONE_RE =
  /^(?:(?:has|have|had|is|are|was|were)(?: now)? )?(?:nearing|near|close to|approaching|almost|nearly)(?: to)?(?: been| be)? (?:completion|complete[d]?|finished|done)\b/;

/** Recorded as done ("actions marked complete", "shown as closed"), with no "not" anywhere. */
const MARKED_DONE_RE =
  /^(?!.*\b(?:not|never|n t)\b)(?:\w+ ){0,3}?(?:marked|recorded|reported|shown|confirmed|signed off)(?: as)? (?:complete[d]?|closed|done|achieved|implemented|finished)(?: (?:in|at|on|by|from|within)(?: \w+){1,4})?$/;

/**
 * Past its date, however it is said ("had exceeded their agreed completion date", "outside of their target
 * dates", "missed the deadline"): overdue, unless the words before it say it is done.
 */
const PAST_DATE_RE =
  /\b(?:exceeded|passed|missed|overran|overrun|outside(?: of)?|beyond|past)(?: the| their| its| this| our)?(?: original| agreed| initial| planned| revised)*(?: (?:target|due|completion|implementation|end|delivery|deadline))*(?: dates?| deadlines?| timescales?| timeframes?)\b/;
const NEGATED_BEFORE_RE = /\b(?:not|n t|never|no|yet|before|within|ahead of)\s*$/;

function pastDate(norm: string, lookup: Lookup): StatusMeaning | null {
  const m = PAST_DATE_RE.exec(norm);
  if (!m) return null;
  const head = norm.slice(0, m.index);
  if (NEGATED_BEFORE_RE.test(head)) return null;
  return lookup(head.trim()) === "complete" ? null : "red";
}

/**
 * Open work with a caveat ("Progressing but scope may be limited", "In progress although delayed"): a
 * problem conceded, so amber; a clause that denies one ("but no concerns") concedes nothing.
 */
const CAVEAT_RE = / (?:but|although|though|however|whilst|while) (.+)$/;
const PROBLEM_RE =
  /\b(?:limited|delay(?:ed|s)?|slow(?:er|ly)?|slipp(?:ed|ing|age)|risks?|issues?|concerns?|behind|difficult(?:y|ies)?|challeng\w*|constrain\w*|pressures?|problems?|barriers?)\b/;
const DENIAL_RE = /\b(?:no|not|without|none|nil)\b/;

function caveat(norm: string, lookup: Lookup): StatusMeaning | null {
  const m = CAVEAT_RE.exec(norm);
  if (!m || m.index <= 0) return null;
  const tail = m[1] ?? "";
  if (!PROBLEM_RE.test(tail) || DENIAL_RE.test(tail)) return null;
  return lookup(norm.slice(0, m.index)) === "in-progress" ? "amber" : null;
}

/** Targets missed ("has missed some targets", "missed key milestones"): off target, red. */
const MISSED_RE =
  /^(?:(?:has|have|had) )?missed (?:some |the |its |their |several |a number of |one or more )?(?:key )?(?:targets?|milestones?|deadlines?)\b/;

/** Decided, done so far, or close to done, read before the "but" clauses and the negations. */
export function reportedFirst(norm: string, lookup: Lookup): StatusMeaning | null {
  if (DECLINED_RE.test(norm) || ALL_DONE_RE.test(norm) || MARKED_DONE_RE.test(norm))
    return "complete";
  if (NEAR_DONE_RE.test(norm)) return "in-progress";
  if (MISSED_RE.test(norm)) return "red";
  return pastDate(norm, lookup) ?? caveat(norm, lookup);
}

/** Work reported begun ("implementation has been initiated"), with no word that it is finished. */
const BEGUN_RE =
  /\b(?:has|have|had)(?: now| already)?(?: been)? (?:initiated|begun|started|commenced)\b/;
const FINISHED_RE = /\b(?:complete[d]?|finished|closed|done|not|n t)\b/;

/** Carried forward ("Carry Forward", "Carry project forward to next action year"): moved on, still open. */
const CARRIED_RE = /^(?:carry|carried|carrying|roll|rolled|rolling) (?:\w+ )?(?:forward|over)\b/;

/** A share of it done inside a short phrase ("each was now at 80% completion"). */
const SHARE_DONE_RE =
  /(?:^| )(\d{1,3})% (?:\w+ ){0,4}?(?:complete[d]?|completion|done|implemented|delivered|achieved)\b/;
const SHARE_PHRASE_WORDS = 8;

function shareDone(norm: string): StatusMeaning | null {
  if (norm.split(" ").length > SHARE_PHRASE_WORDS) return null;
  const m = SHARE_DONE_RE.exec(norm);
  if (!m) return null;
  const n = Number(m[1]);
  if (n >= 100) return "complete";
  return n <= 0 ? "not-started" : "in-progress";
}

/** Begun, carried forward or partly done, read once no rating rule has claimed the phrase. */
export function reportedLast(norm: string): StatusMeaning | null {
  if (BEGUN_RE.test(norm) && !FINISHED_RE.test(norm)) return "in-progress";
  if (CARRIED_RE.test(norm)) return "in-progress";
  return shareDone(norm);
}
