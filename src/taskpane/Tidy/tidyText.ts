import type { TidyOutcome } from "../../core/tidy/write";

function count(n: number, one: string, many = `${one}s`): string | null {
  return n > 0 ? `${n} ${n === 1 ? one : many}` : null;
}

function list(parts: readonly (string | null)[]): string {
  const p = parts.filter((x): x is string => x !== null);
  return p.length <= 1 ? (p[0] ?? "") : `${p.slice(0, -1).join(", ")} and ${p[p.length - 1]}`;
}

const PART: Readonly<Record<TidyOutcome["skipped"][number]["part"], string>> = {
  list: "dropdown",
  rules: "colour rules",
  prompt: "date prompt",
  column: "status column",
};

/** What an apply did, in a sentence or two: what was added, and what was left alone and why. */
export function tidyOutcomeText(o: TidyOutcome): string {
  const added = list([
    count(o.added.lists, "dropdown"),
    count(o.added.rules, "colour rule"),
    count(o.added.prompts, "date prompt"),
    count(o.added.columns, "status column"),
  ]);
  const theirs = o.skipped.filter((s) => s.reason !== "already-added");
  const kept = theirs.map((s) =>
    s.reason === "has-validation"
      ? `${s.sheet}!${s.range} already has a validation of its own, so no ${PART[s.part]} was added there.`
      : `${s.sheet}!${s.range} is not empty, so no status column was added.`
  );
  const head = added ? `Added ${added}.` : "Nothing new to add: the plan is already tidy.";
  return [head, ...kept].join(" ");
}
