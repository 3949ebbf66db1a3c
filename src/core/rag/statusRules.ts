// Rules over the words of a status cell, for the phrases a fixed list cannot hold: negation ("not yet
// due", "has not started"), a "but" clause that softens ("off target but action being taken"), how far
// behind ("one month behind" is amber, "over one month behind" red), "partially", alternatives ("achieved
// or on target"), and progress words anywhere in the phrase ("work in progress"). Each rule reads the
// normalised text (see normaliseStatus) and returns a meaning or null, so the word list stays the
// vocabulary and these stay the grammar.
import type { StatusMeaning } from "./statusMeaning";
import { reportedFirst, reportedLast } from "./statusReports";

type Lookup = (norm: string) => StatusMeaning | null;

/** What a negated status term means: "not started" is not started, "not achieved" is red. */
const NEGATED: readonly (readonly [RegExp, StatusMeaning])[] = [
  // "To be considered", "yet to be discussed": not taken up yet
  [
    /^(?:start(?:ed)?|begun|began|commenced|progressed|actioned|considered|discussed|explored|scoped)\b/,
    "not-started",
  ],
  [/^(?:due|required|needed)\b/, "green"],
  [/^(?:achieved|met|delivered|on (?:track|target|schedule)|successful|implemented)\b/, "red"],
  [/^(?:complete[ds]?|finished|done|closed|embedded)\b/, "in-progress"],
];

/** "not", "not yet", "has not", "hasn't been", "yet to be": the negation words before a term. */
const NEGATION_RE =
  /^(?:(?:it |this |action |work )?(?:has|have|is|was|were|had|will|would|could|may|might|can|does|did)(?: not|n t)(?: yet)?(?: be| been)?|not(?: yet)?(?: been)?|(?:still |yet )?to be|(?:still|yet) to)\s/;

function negated(norm: string): StatusMeaning | null {
  const m = NEGATION_RE.exec(norm);
  if (!m) return null;
  const rest = norm.slice(m[0].length);
  for (const [term, meaning] of NEGATED) if (term.test(rest)) return meaning;
  return null;
}

/** "One month behind" (amber) vs "over one month behind" / "two months behind" (red); bare "behind" is red. */
const BEHIND_RE =
  /^(?:(over|more than|at least|beyond|greater than|in excess of) )?(?:(a|one|1|a few|few|two|three|2|3|\d+) )?(weeks?|months?) (?:behind|late|overdue|delayed)\b/;

/** "Delayed by less than three months" (amber), "slipped by two months" (red). */
const DELAYED_BY_RE =
  /^(?:delayed|behind|late|slipped|slipping|overdue) by (less than |under |up to |no more than |over |more than )?(a|one|1|a few|few|two|three|2|3|\d+) (weeks?|months?)\b/;

function behind(norm: string): StatusMeaning | null {
  const by = DELAYED_BY_RE.exec(norm);
  if (by) {
    const bound = by[1] ?? "";
    if (/less|under|up to|no more/.test(bound)) return "amber";
    if (bound !== "" || !(by[3] ?? "").startsWith("week")) {
      return bound === "" && /^(?:a|one|1)$/.test(by[2] ?? "") ? "amber" : "red";
    }
    return "amber";
  }
  const m = BEHIND_RE.exec(norm);
  if (!m) return null;
  const over = m[1] !== undefined;
  const count = m[2] ?? "a";
  const unit = m[3] ?? "month";
  if (over) return "red";
  if (unit.startsWith("week")) return "amber";
  return count === "a" || count === "one" || count === "1" ? "amber" : "red";
}

/** "Partially achieved", "partly complete", "part met": some of it is done, so amber. */
const PARTIAL_RE =
  /^(?:partial(?:ly)?|partly|part|mostly|largely|substantially) (?:achieved|met|complete[d]?|delivered|implemented|embedded)\b/;

/**
 * Closing an action is asked for ("proposed for closure", "recommended for closure", "closure requested"),
 * or the work is done and waits to be checked ("pending review", "awaiting sign off").
 */
const CLOSURE_RE =
  /\b(?:(?:proposed|propose|recommended|recommend|ready|request(?:ed)?|agreed|approved|submitted) (?:for |to )?clos(?:ure|e|ed)|closure (?:proposed|recommended|requested|agreed|approved)|clos(?:ed|ure) agreed|(?:pending|awaiting|ready for|submitted for) (?:review|sign ?off|verification|validation|closure))\b/;

/** How many issues: "some issues" (amber) vs "significant issues" (red). */
const CONCERN_RE =
  /^(?:(some|minor|a few|few|limited|moderate|low(?: risk| level)?)|(significant|major|serious|considerable|critical|severe|high(?: risk| level)?)) (?:issues?|concerns?|risks?|problems?|slippage|delays?)\b/;

/** Off course, however it is said: "off track", "out of target", "below target", "not to schedule". */
const OFF_COURSE_RE =
  /^(?:off|out of|below|under|short of|not on|not to|adrift of) (?:the )?(?:track|target|trajectory|plan|schedule|profile)\b/;

/** The subject before a status ("Action completed", "This action is on track"): not part of it. */
const SUBJECT_RE =
  /^(?:this |the |these |those )?(?:successful |overall |full )?(?:action|actions|task|work|recommendations?|activity|project|milestone|item|delivery|implementation|programme|plan|target|deliverable|objective|it|schedule|budget|costs?|scope|quality|timescales?|undertakings?|commitments?)(?: is| are| has been| have been| was| were)? (?=\p{L})/u;

const KEY_PAIR_RE = /^(r|a|g|b) (red|amber|green|blue)\b/;

/** A colour key then its words ("Green: Completed"): the words are the more exact statement. */
const COLOUR_KEY_RE = /^(?:r|a|g|b|red|amber|green|blue|yellow|grey|gray|orange) (?=\p{L})/u;

/** How good the progress is: "good progress" (green), "some progress" (amber), "poor progress" (red). */
const PROGRESS_QUALITY_RE =
  /^(?:(?:making|made|showing|shows|with) )?(?:(good|excellent|strong|significant|great|very good|steady|positive)|(some|limited|partial|slow|mixed|moderate)|(no|poor|little|insufficient|inadequate|minimal)) progress\b/;

function progressQuality(norm: string): StatusMeaning | null {
  const m = PROGRESS_QUALITY_RE.exec(norm);
  if (!m) return null;
  if (m[1] !== undefined) return "green";
  return m[2] !== undefined ? "amber" : "red";
}

/** A completion word with its date at the end ("… added to Datix Complete 04/03/2020"). */
const DONE_ON_DATE_RE =
  /\b(?:complete[d]?|closed|achieved|done|implemented)(?: on| by| at)? \d{1,2} \d{1,2} \d{2,4}$/;

/** Progress words anywhere in a phrase ("Work in progress", "July 2023 and ongoing"): the dates decide. */
const PROGRESS_ANYWHERE_RE =
  /\b(?:in progress|in process|on[ -]?going|under ?way|progressing|being (?:implemented|progressed|delivered))\b/;

/** Going as planned, however it is said ("progressing according to plan", "proceeding as planned"). */
const ON_PLAN_RE =
  /\b(?:(?:according to|as per|in line with|in accordance with) (?:the )?(?:plan|schedule|timetable|timescales?|programme)|as planned|(?:progressing|proceeding|going) (?:well|to plan))\b/;
const NEGATIVE_RE = /\b(?:not|no|behind|off|un\w+)\b/;

/** A stage of the work named alone ("Planning", "Implementation", "In development"): it has begun. */
const PHASE_RE =
  /^(?:in )?(?:planning|scoping|design|development|implementation|implementing|execution|delivery|mobilisation|mobilization)(?: (?:stage|phase))?$/;

/** A call for intervention named alone ("Action required", "Attention needed"): at risk, amber. */
const INTERVENE_RE = /^(?:action|attention|intervention|support|input) (?:required|needed)$/;

/** Moved to a later date, named alone ("Postponed", "Deferred"): open, rated against the new date. */
// with where it was moved to ("Deferred for Future Review", "postponed until the spring"), a short phrase only
const MOVED_RE =
  /^(?:postponed|deferred|rescheduled|re scheduled|reprogrammed|re programmed)(?: (?:to|for|until|till|into) (?:\w+ ){0,3}\w+)?$/;

/**
 * Waiting on something ("Pending approval", "Plan completed: pending acceptance", "Accepted: pending
 * completion"): what is awaited says how far the work has gone. Done and waiting for a check is complete
 * (CLOSURE_RE); waiting for the work's own completion is in progress; waiting for a plan, an approval,
 * funding or a decision before anything starts is not started.
 */
const AWAITING_RE =
  /(?:^| )(?:pending|awaiting|waiting (?:for|on)|subject to) (?!(?:review|sign ?off|verification|validation|closure)\b)(.+)$/;
const AWAITED_COMPLETION_RE =
  /^(?:the )?(?:completion|complete|finish|delivery|implementation|implementing|go live)\b/;
const AWAITED_START_RE =
  /^(?:the )?(?:a |an )?(?:approval|acceptance|agreement|authorisation|authorization|sign ?off of (?:the )?plan|funding|budget|decision|go ahead|start|plan|business case|procurement|recruitment|allocation|resources?)\b/;

function awaiting(norm: string, lookup: Lookup): StatusMeaning | null {
  const m = AWAITING_RE.exec(norm);
  if (!m) return null;
  const awaited = m[1] ?? "";
  const head = norm.slice(0, m.index).trim();
  // "Completed - pending acceptance": the work is done, only a check is left
  if (head !== "" && lookup(head) === "complete") return "complete";
  if (AWAITED_COMPLETION_RE.test(awaited)) return "in-progress";
  return AWAITED_START_RE.test(awaited) ? "not-started" : null;
}

/**
 * A part of the work done ("Milestone achieved", "Phase 1 complete", "First draft completed"): the
 * action goes on, so the dates rate it.
 */
const PART_DONE_RE =
  /^(?:(?:a|the|first|key|one|interim|initial) )?(?:milestones?|(?:phase|stage|step|part) (?:\d+|one|two|three|i+)|first draft|draft|initial phase)(?: (?:is|has been|have been|was))? (?:achieved|met|complete[d]?|delivered|done|reached|finished)$/;

/**
 * A rating with its remedy in hand ("Off track with actions to deliver", "Behind schedule - recovery plan
 * in place"): a red that is being recovered is amber, as a "but" clause softens it.
 */
const MITIGATION_RE =
  / (?:with |and )?(?:an? |the )?(?:(?:recovery|remedial|corrective|mitigating|mitigation|improvement) (?:plans?|actions?|measures?|steps?)|mitigations?|actions? (?:to deliver|to recover|in place|being taken|agreed|identified|planned)|plans? in place)\b(?! (?:required|needed|requested|to be)\b)/;

function mitigated(norm: string, lookup: Lookup): StatusMeaning | null {
  const m = MITIGATION_RE.exec(norm);
  if (!m || m.index <= 0) return null;
  return lookup(norm.slice(0, m.index)) === "red" ? "amber" : null;
}

/** A clause that concedes something: what comes before it is no longer the whole story. */
const CONCESSION_RE = / (?:but|although|though|however|whilst|while) /;

/**
 * A "but" clause softens a rating: "off target but action being taken …" is amber, not red. A completion
 * with a reservation ("Completed although delivery programme on hold") is no clean completion: no
 * meaning, so a sentence is read as commentary and the dates rate it.
 */
function softened(norm: string, lookup: Lookup): StatusMeaning | typeof NO_MEANING | null {
  const m = CONCESSION_RE.exec(norm);
  if (!m || m.index <= 0) return null;
  const head = lookup(norm.slice(0, m.index));
  // a clause that agrees ("on track but not yet due") concedes nothing
  if (head !== null && lookup(norm.slice(m.index + m[0].length)) === head) return head;
  if (head === "red" || head === "green") return "amber";
  if (head === "complete" && m[0] !== " but ") return NO_MEANING;
  return head;
}

/** A rule's answer that the phrase names no status, which stops the word list reading its first words. */
export const NO_MEANING = "none";

/** The dates were moved ("revised completion dates", "deadline extended"): the work goes on, dated anew. */
const REDATED_RE =
  /^(?:(?:revised|new|rescheduled|re scheduled|extended|amended|moved|deferred) (?:\w+ )?(?:dates?|deadlines?|timescales?|timelines?|target)|(?:date|deadline|timescale|timeline|target date)s? (?:revised|extended|moved|changed|rescheduled|amended))\b/;

/** Meanings in the order of how much they claim: "achieved or on target" claims only on target. */
const CLAIM: Readonly<Record<StatusMeaning, number>> = {
  complete: 5,
  green: 4,
  "in-progress": 3,
  amber: 2,
  "not-started": 1,
  red: 0,
};

/** "Not on schedule", "not on track": a negated green only rules green out; it names no band itself. */
const NOT_GREEN_RE = /^not (?:yet )?(?:on|to) (?:track|target|schedule|plan|time|course)$/;

/**
 * "Achieved or on target": either may hold, so the lesser claim is the rating. A negated green beside
 * another band ("in doubt or not on schedule") only says the band is not green, so the other one names it.
 */
function alternatives(norm: string, lookup: Lookup): StatusMeaning | null {
  const parts = norm.split(" or ");
  if (parts.length !== 2) return null;
  const [pa = "", pb = ""] = parts;
  const a = lookup(pa);
  const b = lookup(pb);
  if (a === null || b === null) return null;
  if (NOT_GREEN_RE.test(pb) && a !== "green") return a;
  if (NOT_GREEN_RE.test(pa) && b !== "green") return b;
  return CLAIM[a] <= CLAIM[b] ? a : b;
}

/**
 * The rules, in order; `lookup` reads a phrase with the word list (exact or leading phrase) and these
 * rules, so a clause is read as a whole cell would be.
 */
export function ruleMeaning(
  norm: string,
  lookup: Lookup
): StatusMeaning | typeof NO_MEANING | null {
  // a key's letter and its colour ("G – green We fully meet …", "R – red …"): the colour, named twice
  const pair = KEY_PAIR_RE.exec(norm);
  if (pair && pair[2]?.startsWith(pair[1] ?? "")) return lookup(pair[2]);
  const key = COLOUR_KEY_RE.exec(norm);
  // "Amber: completed … but will be ongoing": a colour with a reservation after it keeps the colour
  if (key && norm.includes(" but ")) return lookup(key[0].trim());
  const reported = reportedFirst(norm, lookup);
  if (reported) return reported;
  const soft = softened(norm, lookup);
  if (soft) return soft;
  if (REDATED_RE.test(norm) || MOVED_RE.test(norm) || PHASE_RE.test(norm)) return "in-progress";
  if (PART_DONE_RE.test(norm)) return "in-progress";
  const waiting = awaiting(norm, lookup);
  if (waiting) return waiting;
  const eased = mitigated(norm, lookup);
  if (eased) return eased;
  if (INTERVENE_RE.test(norm)) return "amber";
  // "not on track or at risk": two readings joined by "or" are weighed before either half's rule
  const either = alternatives(norm, lookup);
  if (either) return either;
  const neg = negated(norm);
  if (neg) return neg;
  const late = behind(norm);
  if (late) return late;
  if (PARTIAL_RE.test(norm)) return "amber";
  const concern = CONCERN_RE.exec(norm);
  if (concern) return concern[1] !== undefined ? "amber" : "red";
  if (CLOSURE_RE.test(norm)) return "complete";
  if (OFF_COURSE_RE.test(norm)) return "red";
  const quality = progressQuality(norm);
  if (quality) return quality;
  if (DONE_ON_DATE_RE.test(norm)) return "complete";
  if (ON_PLAN_RE.test(norm) && !NEGATIVE_RE.test(norm)) return "green";
  return restAfter(norm, lookup) ?? reportedLast(norm);
}

/** How the state is put before it ("now complete", "still open", "remained outstanding", "were on target"). */
const STATE_RE =
  /^(?:(?:is|are|was|were|has been|have been|had been|remains?|remained|stays?|stayed)(?: now| still| currently| already)?|now|still|currently|already) (?=[\p{L}\d])/u;

/** "Action completed" is "completed"; "Green: completed" is "completed" when the words say complete. */
function restAfter(norm: string, lookup: Lookup): StatusMeaning | null {
  // "(Undertaking is) being kept": a done word in the making is work going on
  const being = /^being (\w+)$/.exec(norm);
  if (being && lookup(being[1] ?? "") === "complete") return "in-progress";
  const state = STATE_RE.exec(norm);
  if (state) return lookup(norm.slice(state[0].length));
  const subject = SUBJECT_RE.exec(norm);
  if (subject) return lookup(norm.slice(subject[0].length));
  const key = COLOUR_KEY_RE.exec(norm);
  if (key) {
    const rest = lookup(norm.slice(key[0].length));
    if (rest === "complete") return rest;
  }
  return null;
}

const SHORT_PHRASE_WORDS = 6;
const SHORT_PHRASE_CHARS = 40;

/** The last resort before "unknown": a progress word somewhere in the phrase. */
export function progressAnywhere(norm: string): StatusMeaning | null {
  // only in a short phrase: a sentence that mentions ongoing work is commentary
  if (norm.length > SHORT_PHRASE_CHARS || norm.split(" ").length > SHORT_PHRASE_WORDS) return null;
  return PROGRESS_ANYWHERE_RE.test(norm) ? "in-progress" : null;
}
