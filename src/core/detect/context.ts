import { matchHeader } from "./match";
import { normaliseHeader } from "./normalise";

/**
 * Labels of the context blocks plans put around their tables ("Links to other plans or parts of the EDP",
 * "Key SSRE Area(s)", "Targets/Success Criteria:", "The actions we will take …"). A row that starts with
 * one is context, not an action, even when it has values across the columns like a table row.
 */
const CONTEXT_PREFIXES = [
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
const CONTEXT_WORDS = new Set([
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

/** Whether a row's first text is a context label rather than an action. */
export function isContextLabel(text: string): boolean {
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
