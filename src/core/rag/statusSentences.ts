// Rules for a status written as a whole sentence of a minute or a report, read only once no status word,
// leading phrase or rule has claimed the cell (a sentence that names no state stays commentary): the item
// may now be closed, a named item was done, done put as a state, the work will be done by a date, the work
// is still going on, the item stays open, most or some of it is done, a problem is forecast, and the course
// reported in the middle of the sentence (on course, late, under way, scheduled, paused, carried over), which
// a later "but" or "however" clause turns. They read the normalised text (see normaliseStatus) as the rules
// in statusRules.ts and statusReports.ts do.
import type { StatusMeaning } from "./statusMeaning";

/**
 * Closing it is allowed or asked for in a sentence ("… and could now be closed", "it was requested that
 * the action be closed"): proposed for closure, so complete. "Could not be closed" never matches.
 */
const CLOSABLE_RE =
  /\b(?:(?:can|could|may|might|should|would|will|to) (?:now |therefore |then |also )?be closed|(?:request(?:ed|s)?|propos(?:ed|es)|recommend(?:ed|s)?|agreed|asked) that (?:the |this |these |that )?(?:\w+ ){0,2}?(?:be|is|are|was|were|can be) closed)\b/;

/** A count or a quantifier opening a report ("Nineteen recommendations had been completed"): some of many. */
const COUNTED =
  "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty\\w*|thirty\\w*|forty\\w*|fifty\\w*|several|some|many|most|few|half|all|both|these|those|majority";

/**
 * A named item reported done ("SC19 O 03 had been completed."): complete, when the subject is a short name
 * rather than a count ("Nineteen recommendations had been completed" says nothing of the rest) and no word
 * denies it.
 */
const NAMED_DONE_RE = new RegExp(
  `^(?!.*\\b(?:not|never|n t|no|yet|partly|partially)\\b)(?!(?:${COUNTED}) )(?:\\S+ ){1,4}?` +
    "(?:has|have|had|is|are|was|were)(?: now| already)?(?: been)? " +
    "(?:complete[d]?|closed|implemented|actioned|done|achieved|delivered|finished|resolved)$"
);

/**
 * To be done by a date still to come ("would be completed prior to the next meeting", "could confidently
 * be completed by the extension date"): not done yet, so the dates rate it.
 */
const WILL_BE_DONE_RE =
  /\b(?:will|would|shall|should|could|can|(?:is|are)? ?(?:expected|due|planned|scheduled|on track) to)(?: \w+ly)?(?: now)? be (?:complete[d]?|closed|implemented|finished|delivered|achieved|done|in place)\b/;

/**
 * A sentence that ends on a state of work going on ("… efforts is still in process", "… was therefore still
 * a work in progress"): in progress, rated from the dates.
 */
const GOING_ON_RE =
  /\b(?:is|are|was|were|remains?|remained)(?! (?:not|no)\b)(?: \w+){0,2}? (?:a )?(?:work in progress|in progress|in process|on ?going|under ?way)$/;

/** The item stays open ("it was agreed that this item would remain open for the time being"). */
const STAYS_OPEN_RE =
  /(?<!\bnot )(?<!\bn t )\b(?:remains?|remained|remaining|stays?|stayed|kept) (?:open|outstanding|live|active)\b/;

/**
 * Most of it done, the rest not ("The majority of actions had been carried out, with an update on the
 * remainder …"): a part done, so the dates rate what is left.
 */
const MOST_DONE_RE =
  /^(?:the )?(?:majority|bulk|greater part|most) of (?:the )?(?:\w+ ){0,2}?(?:actions?|recommendations?|tasks?|milestones?|items?|points?|work)\b.*\b(?:complete[d]?|carried out|implemented|achieved|delivered|done|closed|actioned)\b/;

/**
 * A problem forecast, not yet met ("Likely to be delays", "expected to slip"): at risk, amber, as a key's
 * "likely to be …" band is.
 */
const FORECAST_RE =
  /^(?:(?:it is|there (?:is|are)|is|are) )?(?:likely|expected|forecast|predicted|anticipated) (?:to )?(?:be )?(?:delays?|delayed|late|slip|slippage|slipping|overrun|overspend|changes|reductions?|missed)\b/;

/** A clause after the state that turns it ("but", "however", "although", "though"). */
const TURN_RE = /\b(?:but|however|although|though|except)\b/;

/**
 * The work reported on course in the middle of a sentence ("The target for speed of response is on
 * track.", "This is on track to achieve within the time frame", "The project has largely run to
 * timescale so far"): green, unless negated or turned by a later clause ("… on track but …").
 */
const ON_COURSE_RE =
  /\b(?:is|are|was|were|remains?|remained|has|have)(?! not\b)(?: \w+ly| now| still| so far| at present)?(?: been)? (?:on (?:track|schedule|target|course)|run (?:to|on) (?:timescale|time|schedule|plan))\b/;

/**
 * Work reported going on in the middle of a sentence ("A revised strategy is currently underway to …",
 * "the actions … were now being progressed by …", "work was ongoing as part of …", "Discussions
 * continuing with …"): in progress, rated from the dates, unless negated or turned by a later clause.
 */
const UNDER_WAY_RE =
  /(?:\b(?:is|are|was|were|remains?|remained)(?! not\b)(?: \w+ly| now| still)? (?:under ?way|in progress|on ?going|continuing|progressing|being (?:progressed|addressed|taken forward|developed|implemented))|^(?:\w+ ){1,3}?(?:continuing|ongoing|on going|under ?way)(?: with| to| on| and)?)\b/;

/** A step already dated ("interviews … were scheduled for October"): under way, rated from the dates. */
const SCHEDULED_RE =
  /\b(?:is|are|was|were|has been|have been|had been)(?! not\b)(?: now)? (?:scheduled|booked|arranged|programmed) (?:for|in|on)\b/;

/** Paused ("has been frozen", "was put on hold"): amber, as on hold and suspended are. */
const PAUSED_RE =
  /\b(?:has been|have been|had been|is|are|was|were|now)(?! not\b) (?:frozen|suspended|paused|put on hold|placed on hold)\b/;

/** Carried into a later plan ("open actions to be rolled over to the 2022/23 action plan"): still open. */
const CARRIED_RE = /\b(?:rolled|carried|brought) (?:over|forward)\b/;

/**
 * Late in the middle of a sentence ("now delayed till 16th June", "Phase 1 is taking longer than
 * expected", "progress is not in line with the agreed action plan"): red; amber when a later clause
 * turns it ("…, but it is still anticipated that …", "… however they were on track …").
 */
const LATE_RE =
  /\b(?:(?:is|are|was|were|been|now) delayed|taking longer than (?:expected|planned|anticipated|hoped)|(?:is|are|was|were) not in line with (?:the )?(?:\w+ ){0,2}?(?:plan|timescales?|targets?|schedule|profile)|not achieved (?:in|within|by) the (?:\w+ )?(?:timescale|timeframe|time frame|date))\b/;

/** Two done words joined ("Purchased and implemented", "Agreed and closed"): complete. */
const DONE_PAIR_RE =
  /^\w+ed and (?:implemented|completed|closed|embedded|actioned|delivered|done|adopted|published|in place)$/;

/**
 * Done, put as a state ("The … Policy now in place in the Brigade", "… that the Action Plan has been fully
 * implemented"): complete; never a place still to come ("will now be in place") or a plan done in part.
 */
const IN_PLACE_RE =
  /^(?!.*\b(?:not|never|n t|will|would|shall|should|to be|yet)\b).*\b(?:now|fully) in place\b|\b(?:the|this|that) (?:\w+ )?plan (?:has|had|have) (?:now )?been (?:fully )?(?:implemented|completed|delivered|achieved)\b(?! in part| partly| partially)/;

/**
 * Some of it done, more required ("Some work done in this area but more work is required to form a
 * business case"): a part done, so the dates rate what is left.
 */
const SOME_DONE_RE =
  /^(?:some|partial|limited|initial) (?:work|progress|actions?)(?: has been| have been| had been)? (?:done|made|taken|completed|undertaken)\b.*\b(?:more|further|additional) (?:work|actions?|progress) (?:is |are )?(?:required|needed)\b/;

/** A decision not to go on with it ("Enquiry not to be pursued"): closed, as "Will Not Implement" is. */
const NOT_PURSUED_RE = /\bnot to be (?:pursued|progressed|taken forward|proceeded with)$/;

/** The turned-clause rules: how a sentence reports its course, or null. */
function courseMeaning(norm: string): StatusMeaning | null {
  const late = LATE_RE.exec(norm);
  if (late) return TURN_RE.test(norm.slice(late.index + late[0].length)) ? "amber" : "red";
  const on = ON_COURSE_RE.exec(norm);
  if (on && !TURN_RE.test(norm.slice(on.index))) return "green";
  if (PAUSED_RE.test(norm)) return "amber";
  const going = UNDER_WAY_RE.exec(norm) ?? SCHEDULED_RE.exec(norm);
  if (going && !TURN_RE.test(norm.slice(going.index))) return "in-progress";
  return CARRIED_RE.test(norm) ? "in-progress" : null;
}

/** How a sentence of a minute reads as a status, or null: commentary, rated from the dates. */
export function sentenceMeaning(norm: string): StatusMeaning | null {
  if (CLOSABLE_RE.test(norm) || NAMED_DONE_RE.test(norm)) return "complete";
  if (DONE_PAIR_RE.test(norm) || IN_PLACE_RE.test(norm) || NOT_PURSUED_RE.test(norm)) {
    return "complete";
  }
  if (FORECAST_RE.test(norm)) return "amber";
  const course = courseMeaning(norm);
  if (course) return course;
  if (SOME_DONE_RE.test(norm)) return "in-progress";
  if (WILL_BE_DONE_RE.test(norm) || GOING_ON_RE.test(norm) || STAYS_OPEN_RE.test(norm)) {
    return "in-progress";
  }
  return MOST_DONE_RE.test(norm) ? "in-progress" : null;
}
