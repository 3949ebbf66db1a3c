import { foldText } from "../text/normalise";

/**
 * A short stable fingerprint of an update's text (cyrb53: 53 bits, no crypto needed in the core). The
 * snapshot keeps fingerprints, not the updates: only "is it word for word the same?" is ever asked, and
 * the text itself stays in the plan.
 */
export function textFingerprint(text: string): string {
  const flat = foldText(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < flat.length; i++) {
    const ch = flat.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
