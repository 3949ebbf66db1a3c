import { normalisesWithoutWords } from "../fast/wordlessText";
import { FIELDS, type FieldName } from "../schema/fields";
import {
  ACTION_FALLBACK,
  GENERIC_SYNONYMS,
  PERIOD_RE,
  QUALIFIED_SCORE,
} from "../schema/vocabulary";
import { normaliseHeader } from "../text/normalise";
import { type Lexicon, lex } from "./lexicon";

/** How a header cell matched a field. */
export type MatchKind = "synonym" | "rule" | "head" | "prefix" | "contains" | "inferred";

export interface HeaderMatch {
  readonly field: FieldName;
  readonly kind: MatchKind;
  /** The synonym, rule words or keyword that matched (normalised). */
  readonly phrase: string;
  /** How sure the reading is, 0–1: two columns claiming one field keep the higher. */
  readonly score: number;
  /** Why, in words, for the pane and the report. */
  readonly reason: string;
  /** The field it takes when no column of its row names that one ("Recommendation" → the action). */
  readonly alt?: FieldName;
  /** It wins its field over any column, which is read as this field instead (see `HeaderRule`). */
  readonly displaces?: FieldName;
  /** The header names a period ("Update – Spring 2023"): one of a series, of which the latest counts. */
  readonly dated?: boolean;
}

/** A header's reading, including a rule that says it names no field (`field: null`). */
export interface HeaderReading extends Omit<HeaderMatch, "field"> {
  readonly field: FieldName | null;
}

/** Headers longer than these are sentences, not column names: only an exact synonym can match them. */
const MAX_RULE_CHARS = 80;
const MAX_PREFIX_CHARS = 60;
/** Rules that match words anywhere read only headers this short: longer ones are sentences. */
const MAX_RULE_WORDS = 7;
/** Questions ("How will we know we have made a difference?") are read up to this many words. */
const MAX_QUESTION_WORDS = 12;
const MAX_CONTAINS_CHARS = 40;
const MAX_CONTAINS_WORDS = 6;
/** A main phrase longer than this is a sentence: its last noun is no column name. */
const MAX_HEAD_WORDS = 6;

const SCORE = { synonym: 1, generic: 0.5, head: 0.75, prefix: 0.7, contains: 0.6 } as const;

const labelOf = (field: FieldName): string =>
  (FIELDS.find((f) => f.name === field)?.label ?? field).toLowerCase();

function byRules(L: Lexicon, norm: string, sentence: boolean): HeaderReading | null {
  // most cells under a header share no word with any rule: one pass over the words spares the regexes
  if (!norm.split(" ").some((w) => L.ruleWords.has(w))) return null;
  for (const { rule, all, unless } of L.rules) {
    // a sentence ("… the lead for this is the Head of Service.") is read only by the questions it opens with
    if (sentence && !rule.start) continue;
    if (!all.every((re) => re.test(norm))) continue;
    if (unless.some((re) => re.test(norm))) continue;
    return {
      field: rule.field,
      kind: "rule",
      phrase: norm,
      score: rule.score,
      reason: rule.reason,
      ...(rule.displaces ? { displaces: rule.displaces } : {}),
    };
  }
  return null;
}

/**
 * The head term: the main phrase is the header up to a bracket or colon, cut at the first linking word
 * after its start ("Date | of meeting", "November progress update | from action lead"); its head is the
 * rightmost word that names a field, read with the word before it ("review date" → review).
 */
function byHead(L: Lexicon, main: string, given: readonly string[] | null): HeaderReading | null {
  const words =
    given ??
    normaliseHeader(main.split(/[(:]/)[0] ?? main)
      .split(" ")
      .filter((w) => w !== "");
  const cut = words.findIndex((w, i) => i > 0 && L.breaks.has(w));
  const phrase = cut === -1 ? words : words.slice(0, cut);
  if (phrase.length === 0 || phrase.length > MAX_HEAD_WORDS) return null;
  let i = phrase.length - 1;
  while (i > 0 && (L.trailing.has(phrase[i] as string) || /^\d+$/.test(phrase[i] as string))) i--;
  const w = phrase[i] as string;
  const head = L.heads.get(w);
  if (!head) return null;
  const prev = i > 0 ? (phrase[i - 1] as string) : "";
  // the nearest qualifier in front decides ("Real end date": "end" names nothing, "real" does)
  // a word that names a field wins over one that names none ("Proposed / actual date": proposed)
  const quals = phrase
    .slice(0, i)
    .reverse()
    .filter((p) => head.before !== undefined && p in head.before);
  const q = quals.find((p) => head.before?.[p] !== null) ?? quals[0];
  const before = q === undefined ? undefined : head.before?.[q];
  const modifier = head.container && before === undefined ? L.heads.get(prev) : undefined;
  if (modifier && !modifier.container) {
    const reason = `'${prev} ${w}' is a kind of ${labelOf(modifier.field)}`;
    return { field: modifier.field, kind: "head", phrase: prev, score: SCORE.head, reason };
  }
  const field = before === undefined ? head.field : before;
  const reason =
    field === null
      ? `'${q} ${w}' is not a field the checks read`
      : `'${w}' is the main word of the header: ${labelOf(field)}`;
  const weak = field === head.field && phrase.slice(0, i).some((p) => head.weakBefore?.includes(p));
  const score = weak ? QUALIFIED_SCORE : (head.score ?? SCORE.head);
  const why = weak ? `${reason}, of another record: only where no column is a plainer one` : reason;
  const alt = ACTION_FALLBACK.includes(w) ? { alt: "action" as const } : {};
  return { field, kind: "head", phrase: w, score, reason: why, ...alt };
}

function byKeyword(L: Lexicon, text: string, words: readonly string[]): HeaderMatch | null {
  if (text.length > MAX_PREFIX_CHARS) return null;
  for (let n = Math.min(L.maxWords, words.length); n >= 1; n--) {
    const phrase = words.slice(0, n).join(" ");
    const f = L.prefix.get(phrase);
    if (f) return keywordMatch(f, "prefix", phrase);
  }
  if (text.length > MAX_CONTAINS_CHARS || words.length > MAX_CONTAINS_WORDS) return null;
  let best: HeaderMatch | null = null;
  let bestWords = 0;
  for (let i = 1; i < words.length; i++) {
    for (let n = Math.min(L.maxWords, words.length - i); n >= 1; n--) {
      if (n <= bestWords) break;
      const phrase = words.slice(i, i + n).join(" ");
      const f = L.contains.get(phrase);
      if (f) {
        best = keywordMatch(f, "contains", phrase);
        bestWords = n;
        break;
      }
    }
  }
  return best;
}

function keywordMatch(field: FieldName, kind: "prefix" | "contains", phrase: string): HeaderMatch {
  const how = kind === "prefix" ? "starts with" : "contains";
  return {
    field,
    kind,
    phrase,
    score: SCORE[kind],
    reason: `${how} '${phrase}': ${labelOf(field)}`,
  };
}

/**
 * Reads one header cell: an exact normalised synonym first (a generic one such as "Date" scores low, so a
 * column that names the field better wins it); else the vocabulary's rules (qualifiers, questions, audit
 * wording); else the header's head term; else the longest keyword or multi-word synonym it starts with
 * ("Monitoring how/when/by whom" → monitoring); else, for short headers, the longest keyword it contains.
 */
export function readHeader(raw: string): HeaderReading | null {
  const read = readHeaderWords(raw);
  if (read === null || read.field === null || !PERIOD_RE.test(normaliseHeader(raw))) return read;
  return { ...read, dated: true };
}

function readHeaderWords(raw: string): HeaderReading | null {
  const text = raw.trim();
  if (text === "") return null;
  const norm = normaliseHeader(text);
  if (norm === "") return null;
  const L = lex();
  const whole = exactReading(L, norm);
  if (whole) return whole;
  // a number, a date or a code ("12", "01 05 2024"): no column name
  if (!/\p{L}/u.test(norm)) return null;
  // the header without its brackets ("Action required (input)"), or a long one's opening words ("Key
  // actions: how will this be achieved? (include …)")
  const bracketed = text.includes("(");
  const plain = bracketed ? text.replace(/\(s\)/gi, "s") : text;
  let main = bracketed ? plain.replace(/\([^)]*\)?/g, " ").trim() || plain : text;
  if (main.length > MAX_RULE_CHARS) main = (text.split(/[(:?\n]/)[0] ?? "").trim();
  if (main === "" || main.length > MAX_RULE_CHARS) return null;
  // read once: nearly every cell under a header is plain text, where the main words are the whole
  const mainNorm = main === text ? norm : normaliseHeader(main);
  // a list ("Status / comment", "Impact/Outcomes/Progress") is read by its first item
  const first = main.includes("/") ? normaliseHeader(main.split("/")[0] ?? "") : "";
  const listed = exactReading(L, mainNorm) ?? (first ? exactReading(L, first) : null);
  if (listed) return listed;
  const words = mainNorm.split(" ");
  // a long header, one ending like a sentence, or lower-case words: text, not a column name
  const sentence =
    words.length > MAX_RULE_WORDS ||
    (/[.;]$/.test(main) && words.length > 3) ||
    (/^[a-z]/.test(main) && words.length > 2);
  if (words.length > MAX_QUESTION_WORDS) return null;
  const read =
    byRules(L, mainNorm, sentence) ??
    (sentence ? null : byHead(L, main, main.includes(":") ? null : words));
  // a rule's words are the whole header, brackets too ("Status (as noted MAR23)" names a period)
  if (read) return read.kind === "rule" && bracketed ? { ...read, phrase: norm } : read;
  // the role in brackets when the words outside name nothing ("Delivery organisation (lead)")
  const bracket = bracketed ? /\(([^)]{1,30})\)/.exec(plain)?.[1] : undefined;
  const inner = bracket ? readHeader(bracket) : null;
  if (inner?.field) return inner;
  // two lines that each ask something ("Staff lead?\nGovernor monitor?"): the first line's reading
  const firstLine = text.includes("\n") ? readHeader(text.split("\n")[0] ?? "") : null;
  // a list ("Chosen action / approach") by its first item's main word
  const firstHead = first && !sentence ? byHead(L, first, first.split(" ")) : null;
  return (firstLine?.field ? firstLine : null) ?? firstHead ?? byKeyword(L, main, words);
}

function exactReading(L: Lexicon, norm: string): HeaderReading | null {
  const exact = L.exact.get(norm);
  if (!exact) return null;
  const generic = GENERIC_SYNONYMS.has(norm);
  return {
    field: exact,
    kind: "synonym",
    phrase: norm,
    score: generic ? SCORE.generic : SCORE.synonym,
    reason: `'${norm}' is a name for the ${labelOf(exact)} column${generic ? " (a generic one)" : ""}`,
  };
}

/** Whether some exact synonym is written without a letter or "#" (then no text can be skipped as wordless). */
let wordlessSynonym: boolean | undefined;

/**
 * Whether `raw` is a number or a code, which names no field (readHeader: only an exact synonym could, and
 * none is wordless): `matchHeader` is null for it without reading it.
 */
export function isWordlessData(raw: string): boolean {
  wordlessSynonym ??= [...lex().exact.keys()].some(normalisesWithoutWords);
  return !wordlessSynonym && normalisesWithoutWords(raw);
}

/** `readHeader` for a header that names a field; null when it names none. */
export function matchHeader(raw: string): HeaderMatch | null {
  if (isWordlessData(raw)) return null;
  const r = readHeader(raw);
  return r === null || r.field === null ? null : (r as HeaderMatch);
}

/** Rank of a match kind for resolving two columns that claim one field (lower wins). */
export function kindRank(kind: MatchKind): number {
  return KIND_ORDER.indexOf(kind);
}

const KIND_ORDER: readonly MatchKind[] = [
  "synonym",
  "rule",
  "head",
  "prefix",
  "contains",
  "inferred",
];
