import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measureBundle, scriptSources } from "../src/bench/bundle";
import { measureCli, type CliResult } from "../src/bench/cli";
import { formatWait } from "../src/bench/formatWait";
import { generatePlan } from "../src/bench/generate";
import { parseArgs, runBench } from "../src/bench/main";
import type { BenchReport } from "../src/bench/report";
import { TARGETS } from "../src/bench/targets";
import { judgeWait } from "../src/bench/targetsWait";

// Shape and sanity only: timing targets belong to `npm run bench`, never to a test on a shared CI runner.
describe("bench smoke (1,000 rows, in-process)", () => {
  let report: BenchReport;

  beforeAll(async () => {
    report = await runBench({ sizes: [1000], runs: 2, isolate: false, bundle: false });
  }, 120_000);

  it("reports the issue's JSON shape", () => {
    const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(json).toMatchObject({
      sizes: [
        {
          rows: 1000,
          engineMs: expect.any(Number),
          rowsPerSec: expect.any(Number),
          peakMB: expect.any(Number),
          syncs: {
            check: expect.any(Number),
            highlight: expect.any(Number),
            summary: expect.any(Number),
          },
          maxPayloadBytes: expect.any(Number),
        },
      ],
      bundleGzipBytes: null,
      peers: {
        tableschema: { ratio: expect.any(Number) },
        exceljsRead: { ratio: expect.any(Number) },
        naiveOffice: { syncRatio: expect.any(Number) },
      },
    });
  });

  it("measures sane, positive figures and finds every generated action", () => {
    const s = report.sizes[0]!;
    expect(s.engineMs).toBeGreaterThan(0);
    expect(s.rowsPerSec).toBeGreaterThan(0);
    expect(s.peakMB).toBeGreaterThan(s.inputHeapMB);
    expect(s.actionsFound).toBe(1000);
    expect(s.office?.actionsRead).toBe(1000);
    expect(s.highlightCells).toBeGreaterThan(0);
    expect(s.maxPayloadBytes).toBeGreaterThan(0);
    expect(s.maxPayloadBytes).toBeLessThan(TARGETS.payloadBytes);
  });

  it("keeps the add-in's round trips within the sync targets at 1,000 rows", () => {
    const s = report.sizes[0]!;
    expect(s.syncs!.check).toBeLessThanOrEqual(TARGETS.syncs.check);
    expect(s.syncs!.highlight).toBeLessThanOrEqual(TARGETS.syncs.highlight);
    expect(s.syncs!.summary).toBeLessThanOrEqual(TARGETS.syncs.summary);
    for (const op of ["check", "highlight", "summary"] as const) {
      expect(s.office![op].error).toBeUndefined();
    }
  });

  it("runs the peers on the same rows", () => {
    const p = report.peers!;
    expect(p.rows).toBe(1000);
    expect(p.tableschema.rows).toBe(1000);
    // required owner and due, due a date: most synthetic timescales are phrases, so most rows fail
    expect(p.tableschema.invalidRows).toBeGreaterThan(500);
    expect(p.tableschema.ratio).toBeGreaterThan(0);
    expect(p.exceljsRead.actionsFound).toBe(1000);
    expect(p.exceljsRead.ratio).toBeGreaterThan(0);
    // a sync per row at least, against a handful
    expect(p.naiveOffice.syncs).toBeGreaterThan(1000);
    expect(p.naiveOffice.syncRatio).toBeGreaterThan(100);
  });

  it("judges the sync targets of the size it ran and leaves the 100k targets out", () => {
    const ids = report.targets.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining(["check-syncs-1000", "highlight-syncs-1000", "summary-syncs-1000"])
    );
    expect(ids).not.toContain("engine-100k");
    expect(report.targets.filter((t) => t.id.endsWith("-1000")).map((t) => t.status)).toEqual([
      "PASS",
      "PASS",
      "PASS",
    ]);
  });
});

describe("generatePlan", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = JSON.stringify(generatePlan(500, 7).grid);
    expect(JSON.stringify(generatePlan(500, 7).grid)).toBe(a);
    expect(JSON.stringify(generatePlan(500, 8).grid)).not.toBe(a);
  });

  it.each([1, 999, 2500])("makes exactly %i action rows over several tables", (rows) => {
    const plan = generatePlan(rows);
    expect(plan.tables.reduce((n, t) => n + t.actionRows.length, 0)).toBe(rows);
    expect(plan.grid.sheets.length).toBeGreaterThanOrEqual(2);
    for (const s of plan.grid.sheets) {
      expect(s.values.every((r) => r.length === 12)).toBe(true);
      expect(s.text.length).toBe(s.values.length);
    }
  });
});

describe("parseArgs", () => {
  it.each([
    [["--sizes", "1000,10k"], { sizes: [1000, 10000], json: false }],
    [["--sizes=100_000", "--json"], { sizes: [100000], json: true }],
    [["--runs", "3", "--no-peers"], { runs: 3, peers: false }],
  ])("reads %j", (argv, expected) => {
    const r = parseArgs(argv);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it.each([[["--sizes", "ten"]], [["--runs", "0"]], [["--bogus"]]])("refuses %j", (argv) => {
    expect(parseArgs(argv).ok).toBe(false);
  });
});

describe("measureBundle", () => {
  it("sums the gzipped local scripts taskpane.html loads, not the CDN's office.js", () => {
    expect(
      scriptSources(
        `<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src="a.js"></script><script defer src=b.js></script>`
      )
    ).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "a.js", "b.js"]);
    const root = mkdtempSync(join(tmpdir(), "apc-bundle-"));
    try {
      const dist = join(root, "dist");
      mkdirSync(dist);
      writeFileSync(
        join(dist, "taskpane.html"),
        `<script src=https://cdn.example/office.js></script><script defer src=a.js></script>`
      );
      writeFileSync(join(dist, "a.js"), "x".repeat(10_000));
      writeFileSync(join(dist, "later.js"), "y".repeat(10_000));
      const b = measureBundle(root)!;
      expect(b.initialFiles.map((f) => f.file)).toEqual(["a.js"]);
      expect(b.initialGzipBytes).toBeGreaterThan(0);
      expect(b.initialGzipBytes).toBeLessThan(10_000);
      expect(b.allJsGzipBytes).toBeGreaterThan(b.initialGzipBytes);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// Issue 18: the command line's figures, from the built CLI on small inputs. Shape only, never timings.
describe("bench smoke: the command line (built CLI, small inputs)", () => {
  let cli: CliResult;
  const root = join(__dirname, "..");

  beforeAll(async () => {
    const build = spawnSync(process.execPath, [join(root, "scripts", "build-cli.js")], {
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`build:cli failed: ${build.stderr}`);
    cli = await measureCli({ root, seed: 7, fileRows: [50], folderFiles: 4, startRuns: 1 });
  }, 300_000);

  it("reports start-up, a file, a folder on 1 and 2 workers and the speed-up", () => {
    expect(JSON.parse(JSON.stringify(cli))).toMatchObject({
      startMs: expect.any(Number),
      startRuns: [expect.any(Number)],
      fileMs: [{ rows: 50, ms: expect.any(Number), bytes: expect.any(Number) }],
      folderFiles: 4,
      folderMs: expect.any(Number),
      filesPerSec: expect.any(Number),
      folderByJobs: [
        { jobs: 1, ms: expect.any(Number) },
        { jobs: 2, ms: expect.any(Number) },
      ],
      workerSpeedup: expect.any(Number),
    });
    expect(cli.fileMs[0]!.bytes).toBeGreaterThan(0);
  });

  it("judges the worker target and formats the figures", () => {
    expect(judgeWait(null, cli).map((t) => t.id)).toEqual(["cli-workers"]);
    expect(formatWait(null, cli).join("\n")).toMatch(/4 workbooks: .* files\/s/);
  });
});

describe("bench smoke: what is left out", () => {
  it("reports pane and cli as null, with nothing skipped, when not asked for", async () => {
    const r = await runBench({
      sizes: [50],
      runs: 1,
      isolate: false,
      bundle: false,
      office: false,
      peers: false,
    });
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ pane: null, cli: null, skipped: [] });
  });

  it("reads --no-pane and --no-cli", () => {
    const r = parseArgs(["--no-pane", "--no-cli"]);
    expect(r.ok && r.value).toMatchObject({ pane: false, cli: false });
    const d = parseArgs([]);
    expect(d.ok && d.value).toMatchObject({ pane: true, cli: true });
  });
});
