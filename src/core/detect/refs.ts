import { collapseSpace } from "../text/normalise";

/**
 * A number written at the start of an action ("1)", "(2)", "1.1", "1.2.1.", "3:"), followed by white space.
 * At most three digits per part so a year ("2004 review …") is not read as a reference.
 */
const LEADING_REF = /^\s*(\(?\d{1,3}(?:\.\d{1,3})*[.):]?\)?)(?=\s+\S)/;

/** Whether the first character after white space can start a reference: a digit or "(". */
function mayStartRef(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    // anything else non-ASCII (a no-break space…) takes the regular expression, which knows Unicode spaces
    return (c >= 48 && c <= 57) || c === 40 || c > 127;
  }
  return false;
}

/** The reference number at the start of an action's text, or null. */
export function leadingRef(text: string): string | null {
  // called on every row; most texts start with a word, so skip the regular expression for them
  if (!mayStartRef(text)) return null;
  const m = LEADING_REF.exec(text);
  if (!m || m[1] === undefined) return null;
  const ref = m[1];
  // "(2" or "2)" alone are fine; unbalanced "(2" is not a reference
  if (ref.startsWith("(") && !ref.endsWith(")")) return null;
  return ref;
}

/** The action's text with its leading reference number removed and white space collapsed. */
export function actionTextOf(text: string): string {
  const ref = leadingRef(text);
  const rest = ref === null ? text : text.trimStart().slice(ref.length);
  return collapseSpace(rest);
}
