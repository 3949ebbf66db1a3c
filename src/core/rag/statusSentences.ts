// Rules for a status written as a whole sentence of a minute or a report, read only once no status word,
// leading phrase or rule has claimed the cell (a sentence that names no state stays commentary): the item
// may now be closed, a named item was done, the work will be done by a date, the work is still going on,
// the item stays open, most of it is done, a problem is forecast. They read the normalised text (see
// normaliseStatus) as the rules in statusRules.ts and statusReports.ts do.
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

/** How a sentence of a minute reads as a status, or null: commentary, rated from the dates. */
export function sentenceMeaning(norm: string): StatusMeaning | null {
  if (CLOSABLE_RE.test(norm) || NAMED_DONE_RE.test(norm)) return "complete";
  if (FORECAST_RE.test(norm)) return "amber";
  if (WILL_BE_DONE_RE.test(norm) || GOING_ON_RE.test(norm) || STAYS_OPEN_RE.test(norm)) {
    return "in-progress";
  }
  return MOST_DONE_RE.test(norm) ? "in-progress" : null;
}
