import { memoByText } from "../memo";
import type { StatusMeaning } from "./statusMeaning";
import { NOT_PROGRESS_WORDS, STATUS_WORDS, WHOLE_CELL_ONLY } from "./statusLexicon";
import { NO_MEANING, progressAnywhere, ruleMeaning } from "./statusRules";
import { sentenceMeaning } from "./statusSentences";

export type { StatusMeaning };
export { NOT_PROGRESS_WORDS, STATUS_WORDS };

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

/** A full stop, then another sentence: a cell of several sentences. */
const SENTENCE_BREAK_RE = /[.!?;]\s+\S/;

function meaningOf(text: string): StatusMeaning | null {
  const norm = normaliseStatus(text).replace(KEY_NUMBER_RE, "");
  if (norm === "") return null;
  // a sentence of a minute last: only once no status word, leading phrase or rule has claimed it, and
  // only one sentence ("… training packages. This is ongoing." is commentary about the work, not a state)
  const claimed = phraseMeaning(norm) ?? progressAnywhere(norm);
  return claimed ?? (SENTENCE_BREAK_RE.test(text) ? null : sentenceMeaning(norm));
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
    if (norm.startsWith(`${phrase} `)) return qualified(phrase, norm.slice(phrase.length + 1));
  }
  return null;
}

/**
 * A leading phrase and what follows it. An open word qualified by a rating ("In Process - Past Due", "In
 * progress - on track") is rated by the qualifier: the dates would only have decided it in its absence.
 */
function qualified(phrase: string, rest: string): StatusMeaning | null {
  const meaning = LOOKUP.get(phrase) ?? null;
  // a "Complete?" column's "No" opens a sentence ("No longer proceeding as planned"), not a qualifier
  if (meaning !== "in-progress" || phrase === "no") return meaning;
  const after = phraseMeaning(rest);
  return after === "red" || after === "amber" || after === "green" ? after : meaning;
}

/** True when the cell's words say "new / continuing / existing …" rather than progress. */
export function isNotProgressWord(text: string): boolean {
  return notProgress(text);
}

const notProgress = memoByText((text: string): boolean => {
  const norm = normaliseStatus(text);
  return NOT_PROGRESS_WORDS.some((w) => norm === w || norm.startsWith(`${w} `));
}, MEANINGS_MAX);
