import { DEFAULT_CONFIG } from "../core/schema/config";
import { warmUp } from "./warmUp";

describe("warmUp", () => {
  it("runs the engine through a whole plan: a table, its actions, their ratings and issues", () => {
    const report = warmUp(DEFAULT_CONFIG, "2025-09-30");
    expect(report?.tables).toHaveLength(1);
    const table = report!.tables[0]!;
    expect(table.actions).toHaveLength(5);
    // a blank owner, a "TBC" owner and a repeated ref: the issue rules run, not only detection
    const codes = new Set(table.actions.flatMap((a) => a.issues.map((i) => i.code)));
    expect(codes.size).toBeGreaterThanOrEqual(2);
    // several ratings: the rating rules run on words and dates
    expect(new Set(table.actions.map((a) => a.rag)).size).toBeGreaterThanOrEqual(3);
  });
});
