import { FIELDS, type FieldName } from "../schema/fields";
import { normaliseHeader } from "./normalise";

/** How a header cell matched a field, strongest first. */
export type MatchKind = "synonym" | "prefix" | "contains";

export interface HeaderMatch {
  readonly field: FieldName;
  readonly kind: MatchKind;
  /** The synonym or keyword that matched (normalised). */
  readonly phrase: string;
}

/** Headers longer than these are sentences, not column names: only an exact synonym can match them. */
const MAX_PREFIX_CHARS = 60;
const MAX_CONTAINS_CHARS = 40;
const MAX_CONTAINS_WORDS = 6;

interface Lexicon {
  readonly exact: ReadonlyMap<string, FieldName>;
  /** Phrases a header may start with: keywords and multi-word synonyms. */
  readonly prefix: ReadonlyMap<string, FieldName>;
  /** Phrases a short header may contain anywhere: keywords only. */
  readonly contains: ReadonlyMap<string, FieldName>;
  readonly maxWords: number;
}

function buildLexicon(): Lexicon {
  const exact = new Map<string, FieldName>();
  const prefix = new Map<string, FieldName>();
  const contains = new Map<string, FieldName>();
  let maxWords = 1;
  // first field listed wins a phrase two fields share, so the table order is the tie-break
  const add = (m: Map<string, FieldName>, phrase: string, field: FieldName): void => {
    const p = normaliseHeader(phrase);
    if (p && !m.has(p)) m.set(p, field);
    maxWords = Math.max(maxWords, p.split(" ").length);
  };
  for (const f of FIELDS) {
    for (const s of f.synonyms) {
      add(exact, s, f.name);
      if (s.includes(" ")) add(prefix, s, f.name);
    }
    for (const k of f.keywords ?? []) {
      add(prefix, k, f.name);
      add(contains, k, f.name);
    }
  }
  return { exact, prefix, contains, maxWords };
}

let lexicon: Lexicon | null = null;
function lex(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

/**
 * Matches one header cell to a field: the exact normalised synonym first; else the longest keyword or
 * multi-word synonym the header starts with ("Monitoring how/when/by whom" → monitoring, though it contains
 * "when" and "whom"); else, for short headers, the longest keyword it contains, leftmost on a tie.
 */
export function matchHeader(raw: string): HeaderMatch | null {
  const text = raw.trim();
  if (text === "") return null;
  const norm = normaliseHeader(text);
  if (norm === "") return null;
  const L = lex();
  const exact = L.exact.get(norm);
  if (exact) return { field: exact, kind: "synonym", phrase: norm };
  if (text.length > MAX_PREFIX_CHARS) return null;
  const words = norm.split(" ");
  for (let n = Math.min(L.maxWords, words.length); n >= 1; n--) {
    const phrase = words.slice(0, n).join(" ");
    const f = L.prefix.get(phrase);
    if (f) return { field: f, kind: "prefix", phrase };
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
        best = { field: f, kind: "contains", phrase };
        bestWords = n;
        break;
      }
    }
  }
  return best;
}

/** Rank of a match kind for resolving two columns that claim one field (lower wins). */
export function kindRank(kind: MatchKind): number {
  return kind === "synonym" ? 0 : kind === "prefix" ? 1 : 2;
}
