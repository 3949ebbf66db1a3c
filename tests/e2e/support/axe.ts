import type { Frame } from "playwright-core";
import { AXE_PATH } from "./demo";

/** One axe violation, as much of it as a failure message needs. */
export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core's `axe.run` result, the part we read. */
interface AxeResults {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
}

/** Runs axe-core in the pane's document; returns every violation (callers keep serious and critical). */
export async function axeViolations(frame: Frame): Promise<Violation[]> {
  const injected = await frame.evaluate(() => "axe" in window);
  if (!injected) await frame.addScriptTag({ url: new URL(`/${AXE_PATH}`, frame.url()).href });
  const results = await frame.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }
    ).axe;
    return (await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
      resultTypes: ["violations"],
    })) as AxeResults;
  });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(" ")),
  }));
}

export function seriousOrCritical(violations: readonly Violation[]): Violation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
