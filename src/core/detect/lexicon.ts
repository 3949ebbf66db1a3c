import { FIELDS, type FieldName } from "../schema/fields";
import {
  HEAD_TERMS,
  HEADER_RULES,
  type HeaderRule,
  PHRASE_BREAKS,
  TRAILING_WORDS,
} from "../schema/vocabulary";
import { normaliseHeader } from "../text/normalise";

/**
 * The header vocabulary (`schema/fields.ts`, `schema/vocabulary/`) compiled once for `match.ts`: exact
 * synonyms, keywords, rules as regular expressions, head terms by word.
 */
export interface CompiledRule {
  readonly rule: HeaderRule;
  readonly all: readonly RegExp[];
  readonly unless: readonly RegExp[];
}

export interface Lexicon {
  readonly exact: ReadonlyMap<string, FieldName>;
  /** Phrases a header may start with: keywords and multi-word synonyms. */
  readonly prefix: ReadonlyMap<string, FieldName>;
  /** Phrases a short header may contain anywhere: keywords only. */
  readonly contains: ReadonlyMap<string, FieldName>;
  readonly maxWords: number;
  readonly rules: readonly CompiledRule[];
  readonly heads: ReadonlyMap<string, (typeof HEAD_TERMS)[number]>;
  readonly breaks: ReadonlySet<string>;
  readonly trailing: ReadonlySet<string>;
  /** A word of every phrase a rule needs: a header with none of them matches no rule. */
  readonly ruleWords: ReadonlySet<string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (set: string): string => set.split("|").map(escape).join("|");

function compileRule(rule: HeaderRule): CompiledRule {
  const all = rule.all.map(
    (set, i) =>
      new RegExp(`${rule.start && i === 0 ? "^" : "(?:^| )"}(?:${alternatives(set)})(?= |$)`)
  );
  const unless = (rule.unless ?? []).map((p) => new RegExp(`(?:^| )${escape(p)}`));
  return { rule, all, unless };
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
  const heads = new Map<string, (typeof HEAD_TERMS)[number]>();
  for (const h of HEAD_TERMS) for (const w of h.words) if (!heads.has(w)) heads.set(w, h);
  return {
    exact,
    prefix,
    contains,
    maxWords,
    rules: HEADER_RULES.map(compileRule),
    heads,
    breaks: new Set(PHRASE_BREAKS),
    trailing: new Set(TRAILING_WORDS),
    // the longest word of each phrase a rule needs, the most telling ("to be completed" → "completed")
    ruleWords: new Set(
      HEADER_RULES.flatMap((r) =>
        r.all.flatMap((set) =>
          set
            .split("|")
            .map((p) => p.split(" ").reduce((a, b) => (b.length > a.length ? b : a), ""))
        )
      )
    ),
  };
}

let lexicon: Lexicon | null = null;
export function lex(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}
