import type { Finding, RowCheck } from "./types";
import { memoByText } from "../memo";

/**
 * Words officers put in an owner cell when nobody is named yet. Compared after lower-casing and
 * trimming punctuation, so "TBC.", "(tbc)" and "T.B.C." all match.
 */
const PLACEHOLDERS = new Set([
  "tbc",
  "tba",
  "tbd",
  "to be confirmed",
  "to be agreed",
  "to be decided",
  "to be appointed",
  "n a",
  "na",
  "none",
  "nobody",
  "unknown",
  "not known",
  "not assigned",
  "unassigned",
  "xxx",
  "x",
  "owner",
  "lead",
]);

/** Owner cells repeat down a plan: each distinct cell's answer, once. */
const placeholderWord = memoByText(placeholderWordOf, 10_000);

function placeholderWordOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^[?\-–—_.\s]+$/.test(trimmed)) return trimmed;
  const folded = trimmed
    .toLowerCase()
    .replace(/\bt\.\s?b\.\s?([cad])\.?/g, "tb$1")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return PLACEHOLDERS.has(folded) ? trimmed : null;
}

/** Made once, as in the timescale check: the engine only reads findings. */
const MISSING_OWNER: readonly Finding[] = Object.freeze([
  Object.freeze({ code: "missing-owner", field: "owner" } as const),
]);
const NONE: readonly Finding[] = Object.freeze([]);

export const ownerCheck: RowCheck = {
  codes: ["missing-owner", "placeholder-owner"],
  run: ({ table, row }) => {
    if (table.columns.owner === undefined) return NONE;
    const text = row.cells.owner?.text ?? "";
    if (text.trim() === "") return MISSING_OWNER;
    const word = placeholderWord(text);
    return word ? [{ code: "placeholder-owner", field: "owner", params: { word } }] : NONE;
  },
};
