import type { WorkbookVerdict } from "../../core/schema/verdict";
import { plural, type SeverityCounts } from "../paneState";

/** What each kind of reason asks the officer to do, in the words of "Next: …". */
const TODO: ReadonlyArray<[RegExp, string]> = [
  [/^red-/, "write a current update in the progress column of each Red action listed"],
  [/owner/, "name an owner for each action listed"],
  [/due|date|timescale|end-before-start/, "give each action listed a date a reader can understand"],
];

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}`;
}

/**
 * The line under the verdict that says what to do next: for a plan that is not ready, what each reason
 * asks for (once each, in the order the reasons come); for a ready one, to look over any warnings, then
 * build the summary sheet.
 */
export function nextStep(verdict: WorkbookVerdict, counts: SeverityCounts): string {
  if (verdict.ready) {
    return counts.warning > 0
      ? `Next: you can submit. Look over the ${plural(counts.warning, "warning")} below if there is time, then build the summary sheet for the board paper.`
      : "Next: you can submit. Build the summary sheet for the board paper.";
  }
  const todo: string[] = [];
  for (const reason of verdict.reasons) {
    const match = TODO.find(([pattern]) => pattern.test(reason.code));
    const words = match ? match[1] : "fix the errors listed";
    if (!todo.includes(words)) todo.push(words);
  }
  const sentence = joinAnd(todo);
  return `Next: ${sentence}. The verdict changes as you edit the plan.`;
}
