/**
 * Status phrases copied verbatim from public plans, trackers and committee papers
 * (tests/fixtures/vocabulary/statuses.json, each with its source and a label by the README's conventions):
 * how many the engine rates as labelled. Prints the figures and every miss; fails below the threshold.
 * The file is used to find classes of failure (negation, "but" clauses, sentences), never to list its
 * strings in the engine.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { statusCellKind, type StatusCellKind } from "../../src/core/rag";

type Label = "complete" | "red" | "amber" | "green" | "dates" | "not-started" | "commentary";

interface Item {
  readonly source: string;
  readonly kind: string;
  readonly text: string;
  readonly rating: Label;
}

const items = (
  JSON.parse(
    readFileSync(join(__dirname, "..", "fixtures", "vocabulary", "statuses.json"), "utf8")
  ) as { items: Item[] }
).items;

/** The engine's reading of a cell in the label's terms ("in progress" is rated from the dates). */
function labelOf(kind: StatusCellKind): Label | "unknown" {
  if (kind === null) return "unknown";
  if (kind === "in-progress") return "dates";
  return kind;
}

/**
 * The target, 0.95: measured 110/118 when first set at 0.93, 113/118 after concession clauses, moved
 * dates and cadence statements were read by rule. Left: labels read two ways ("Open", "Not completed",
 * "behind target" as the middle band of one report's scale).
 */
const THRESHOLD = 0.95;

describe("status phrases from real plans", () => {
  const results = items.map((item) => ({ item, got: labelOf(statusCellKind(item.text)) }));
  const right = results.filter((r) => r.got === r.item.rating).length;
  const share = items.length === 0 ? 1 : right / items.length;

  it("has a corpus to score", () => {
    expect(items.length).toBeGreaterThan(20);
  });

  it(`rates at least ${THRESHOLD * 100}% as labelled`, () => {
    const byLabel = new Map<string, [number, number]>();
    for (const r of results) {
      const [ok, all] = byLabel.get(r.item.rating) ?? [0, 0];
      byLabel.set(r.item.rating, [ok + (r.got === r.item.rating ? 1 : 0), all + 1]);
    }
    const lines = [
      `statuses: ${right}/${items.length} = ${(100 * share).toFixed(1)}%`,
      ...[...byLabel].map(([label, [ok, all]]) => `  ${label.padEnd(12)} ${ok}/${all}`),
      ...results
        .filter((r) => r.got !== r.item.rating)
        .map(
          (r) =>
            `  miss: ${JSON.stringify(r.item.text.slice(0, 80))} → ${r.got}, labelled ${r.item.rating}`
        ),
    ];
    console.log(lines.join("\n"));
    expect(share).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
