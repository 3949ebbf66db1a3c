import { matchHeader } from "./match";
import { normaliseHeader } from "../text/normalise";

/**
 * Labels of the context blocks plans put around their tables ("Links to other plans or parts of the EDP",
 * "Key SSRE Area(s)", "Targets/Success Criteria:", "The actions we will take …"). A row that starts with
 * one is context, not an action, even when it has values across the columns like a table row.
 */
export const CONTEXT_PREFIXES: readonly string[] = [
  "links to other plans",
  "link to other plans",
  "key ssre area",
  "key ssre areas",
  "targets success criteria",
  "success criteria",
  "key issues",
  "why we are doing it",
  "what we plan to do",
  "what we expect to achieve",
  "the person responsible for this",
  "the target group for this",
  "the actions we will take",
  "evaluation how when by whom",
  "monitoring how when by whom",
];
/** Labels that are context only as the whole cell. */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set([
  "targets",
  "target",
  "evaluation",
  "background",
  "context",
  "rationale",
  "purpose",
  "aim",
  "aims",
  "objective",
  "objectives",
  "notes",
  "note",
  "key",
]);

/** First letters of every label above: a text whose normalised form starts otherwise is not one. */
const FIRST_LETTERS = new Set([...CONTEXT_PREFIXES, ...CONTEXT_WORDS].map((w) => w.charCodeAt(0)));

/**
 * The first character `normaliseHeader` would keep, lower-cased, when it is plain ASCII; -1 when the text
 * has none or it is anything else (the caller then normalises in full). "&" reads as "and".
 */
function firstKeptAscii(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) return c + 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 35) return c;
    if (c === 38) return 97;
  }
  return -1;
}

/** Whether a row's first text is a context label rather than an action. */
export function isContextLabel(text: string): boolean {
  // asked of nearly every row: most rows start with a ref or a word no label starts with
  const first = firstKeptAscii(text);
  if (first !== -1 && !FIRST_LETTERS.has(first)) return false;
  const norm = normaliseHeader(text);
  if (norm === "") return false;
  if (CONTEXT_WORDS.has(norm)) return true;
  return CONTEXT_PREFIXES.some((p) => norm === p || norm.startsWith(`${p} `));
}

/**
 * Whether a lone text is a label that closes a table: it ends with ":" or "?" ("Targets/Success Criteria:",
 * "Evaluation: how/when/by whom?"), is a context label, or is exactly a column name.
 */
export function isLabelNote(text: string): boolean {
  const t = text.trim();
  if (t.length <= 80 && /[:?]$/.test(t)) return true;
  if (isContextLabel(t)) return true;
  return t.length <= 40 && matchHeader(t)?.kind === "synonym";
}
