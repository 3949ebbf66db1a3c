import { memoByText } from "../memo";
import type { StatusMeaning } from "./statusMeaning";
import { NO_MEANING, progressAnywhere, ruleMeaning } from "./statusRules";

export type { StatusMeaning };

/**
 * The status vocabulary, as data. Phrases are in normalised form (see `normaliseStatus`): lower case,
 * punctuation other than % folded to spaces, runs of spaces collapsed. A cell matches a phrase exactly, or
 * starts with one followed by more words ("Completed - report to board", "Green (on track)").
 * Councils colour complete actions Blue, so blue and "B" mean complete; grey is commonly "not started".
 */
export const STATUS_WORDS: Readonly<Record<StatusMeaning, readonly string[]>> = {
  complete: [
    "b",
    "blue",
    "c",
    "complete",
    "completed",
    "actioned",
    "done",
    "achieved",
    "closed",
    "finished",
    "delivered",
    "met",
    "implemented",
    "fully achieved",
    "fully implemented",
    // school self-evaluation: emerging → developing → embedded
    "embedded",
    "fully embedded",
    "exceeded",
    // a "Complete?" column
    "yes",
    "100%",
    "proposed for closure",
    "recommended for closure",
    "closure proposed",
    // done by other words: settled, signed off
    "finalised",
    "finalized",
    "resolved",
    "concluded",
    "signed off",
    // closed without being done: no longer live, so never overdue
    "cancelled",
    "canceled",
    "withdrawn",
    "superseded",
    "discontinued",
    "abandoned",
    "no longer required",
    "no longer needed",
    "no longer relevant",
    "no longer applicable",
  ],
  red: [
    "r",
    "red",
    "off track",
    "off target",
    "not on track",
    "delayed",
    "behind",
    "behind schedule",
    "slipped",
    "stalled",
    "overdue",
    "late",
    "not achieved",
    "not met",
    "failed",
    "unachievable",
    "not achievable",
    "undeliverable",
    "significant concern",
    "significant concerns",
    "major concern",
    // a one-word severity scale ("on track / warning / issue"): an issue is a problem that has happened
    "issue",
    "issues",
    "problem",
    "problems",
    "critical",
    "blocked",
    "escalated",
  ],
  amber: [
    "a",
    "amber",
    "orange",
    "yellow",
    "at risk",
    "in doubt",
    "in danger",
    "some concern",
    "some concerns",
    "minor concern",
    // a one-word severity scale's middle: a warning, a caution, a watching brief
    "warning",
    "caution",
    "concern",
    "concerns",
    "watch",
    "slipping",
    // paused: nobody is moving it on
    "on hold",
    "partially achieved",
    "partially met",
    "partly achieved",
    "r a",
    "a r",
    "red amber",
    "amber red",
  ],
  green: [
    "g",
    "green",
    "on track",
    "on target",
    "on schedule",
    "on time",
    "on course",
    "on plan",
    "ahead",
    "ahead of schedule",
    "no concerns",
    "a g",
    "g a",
    "amber green",
    "green amber",
  ],
  "not-started": [
    "not started",
    "not yet started",
    "not begun",
    "grey",
    "gray",
    "0%",
    "pending",
    // set down but not begun: planned, scheduled, given to someone
    "planned",
    "scheduled",
    "assigned",
    "allocated",
    "to do",
  ],
  "in-progress": [
    "in progress",
    "progressing",
    "ongoing",
    "on going",
    "started",
    "underway",
    "under way",
    "open",
    "active",
    "continuing",
    "continuous",
    "cont",
    "continued",
    // an "Open / Closed" column: open means not yet closed
    "o",
    "outstanding",
    // brought / carried forward to the next meeting: still open
    "b fwd",
    "brought forward",
    "c fwd",
    "incomplete",
    "not complete",
    "not completed",
    "not yet complete",
    "emerging",
    "developing",
    // a "Complete?" column: not yet, so the dates decide
    "no",
    "partially embedded",
    "not yet embedded",
  ],
};

/**
 * Words that show a "Status" column records something other than progress (001's "Status (New/
 * Continuing)"). "continuing" is in both lists: in a progress column it means the work goes on.
 */
export const NOT_PROGRESS_WORDS: readonly string[] = [
  "new",
  "continuing",
  "cont",
  "continued",
  "continuation",
  "existing",
  "proposed",
  "carried forward",
  "carried over",
  "revised",
  "amended",
  "statutory",
  "discretionary",
];

/** Lower case, punctuation other than % as spaces, one space between words. */
export function normaliseStatus(text: string): string {
  return (
    text
      // a label written as one word by software ("ProposedToClose", "InProgress") is its words
      .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}%]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      // a percentage written out ("80 per cent complete") is the same as "80%"
      .replace(/(\d) ?(?:per ?cent|pc)\b/g, "$1%")
  );
}

const LOOKUP: ReadonlyMap<string, StatusMeaning> = new Map(
  (Object.entries(STATUS_WORDS) as [StatusMeaning, readonly string[]][]).flatMap(
    ([meaning, words]) => words.map((w) => [w, meaning] as const)
  )
);

/**
 * Nouns that rate only as a whole cell: "Issue" on a severity scale is red, but "Issue resolved" or
 * "Concern raised by parents" starts a sentence.
 */
const WHOLE_CELL_ONLY: ReadonlySet<string> = new Set([
  "issue",
  "issues",
  "problem",
  "problems",
  "warning",
  "caution",
  "concern",
  "concerns",
  "watch",
  "planned",
  "scheduled",
  "assigned",
  "allocated",
]);

/** Longest phrases first so "not started" wins over a shorter phrase it begins with. */
const PREFIXES: readonly string[] = [...LOOKUP.keys()]
  .filter((w) => w.length > 1 && !WHOLE_CELL_ONLY.has(w))
  .sort((a, b) => b.length - a.length);

function percentMeaning(norm: string): StatusMeaning | null {
  const m = /^(\d{1,3}(?:\s\d+)?)\s?%/.exec(norm);
  if (!m || m[1] === undefined) return null;
  const n = Number(m[1].replace(" ", "."));
  if (n >= 100) return "complete";
  return n <= 0 ? "not-started" : "in-progress";
}

/**
 * What a status cell says, or null when the word is not in the vocabulary (the caller raises
 * `unknown-status`). Blank text is null too; callers treat blank as "no status" before asking.
 */
export function statusMeaning(text: string): StatusMeaning | null {
  // a plan uses a handful of status words on every row: read each distinct cell once
  return meanings(text);
}

const MEANINGS_MAX = 4096;
const meanings = memoByText(meaningOf, MEANINGS_MAX);

/** A key's number before the words ("1 Fully achieved", "3. Not started"): not part of the status. */
const KEY_NUMBER_RE = /^\d{1,2}(?: \d{1,2})? (?!(?:days?|weeks?|months?|years?)\b)(?=\p{L})/u;

function meaningOf(text: string): StatusMeaning | null {
  const norm = normaliseStatus(text).replace(KEY_NUMBER_RE, "");
  if (norm === "") return null;
  return phraseMeaning(norm) ?? progressAnywhere(norm);
}

/** The word list (whole phrase, then a leading phrase) with the rules between: exact words win. */
function phraseMeaning(norm: string): StatusMeaning | null {
  const exact = LOOKUP.get(norm);
  if (exact) return exact;
  const pct = percentMeaning(norm);
  if (pct) return pct;
  const ruled = ruleMeaning(norm, phraseMeaning);
  if (ruled === NO_MEANING) return null;
  if (ruled) return ruled;
  // Single letters (R, A, G, B, C) only ever match a whole cell: "a" starts too many sentences.
  for (const phrase of PREFIXES) {
    if (norm.startsWith(`${phrase} `)) return LOOKUP.get(phrase) ?? null;
  }
  return null;
}

/** True when the cell's words say "new / continuing / existing …" rather than progress. */
export function isNotProgressWord(text: string): boolean {
  return notProgress(text);
}

const notProgress = memoByText((text: string): boolean => {
  const norm = normaliseStatus(text);
  return NOT_PROGRESS_WORDS.some((w) => norm === w || norm.startsWith(`${w} `));
}, MEANINGS_MAX);
