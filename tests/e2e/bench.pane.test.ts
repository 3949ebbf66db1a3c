/**
 * The pane benchmark (src/bench/pane.ts) on the demo build `npm run test:e2e` makes: every figure of the
 * JSON is there and a real measurement (a check that finished, an edit the pane re-checked). Shape only,
 * never timings: those belong to `npm run bench`.
 */
import { join } from "node:path";
import { measurePane, type PaneResult } from "../../src/bench/pane";

let result: PaneResult | string;

beforeAll(async () => {
  const root = join(__dirname, "..", "..");
  result = await measurePane({
    root,
    seed: 7,
    checkActions: [30],
    recheckActions: 30,
    latencies: [0, 5],
    runs: 1,
    demoDir: join(root, "dist-demo"),
  });
}, 300_000);

it("measures load, check, re-check and summary under each host speed", () => {
  if (typeof result === "string") throw new Error(result);
  expect(JSON.parse(JSON.stringify(result))).toMatchObject({
    browser: expect.stringMatching(/^Chromium /),
    checkActions: [30],
    recheckActions: 30,
    profiles: [0, 5].map((syncLatencyMs) => ({
      syncLatencyMs,
      loadMs: expect.any(Number),
      harnessLoadMs: expect.any(Number),
      checkMs: { "30": expect.any(Number) },
      checkDoneMs: { "30": expect.any(Number) },
      checkSyncs: { "30": expect.any(Number) },
      recheckMs: expect.any(Number),
      recheckWorkMs: expect.any(Number),
      // the pane re-checked the edited table, not the workbook
      recheckScope: "tables",
      recheckSyncs: expect.any(Number),
      summaryMs: expect.any(Number),
    })),
  });
  for (const p of result.profiles) {
    expect(p.checkSyncs["30"]).toBeGreaterThan(0);
    expect(p.harnessLoadMs).toBeGreaterThanOrEqual(p.loadMs);
    // the report is painted before (or as) the pane is free again, never after
    expect(p.checkDoneMs["30"]).toBeGreaterThanOrEqual(p.checkMs["30"] ?? Infinity);
  }
});
