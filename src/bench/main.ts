import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, platform, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import { measureBundleOrNull } from "./bundle";
import { measureCliCheck, type CliCheckResult } from "./cliCheck";
import { parseArgs } from "./args";
import { measureCli, type CliResult } from "./cli";
import { measureEngine, runEngine, type EngineResult } from "./engine";
import { formatReport } from "./format";
import { DEFAULT_SEED, generatePlan } from "./generate";
import { measureOffice, type OfficeResult } from "./office";
import { measureExcelJsRead, measureNaiveOffice, measureTableschema } from "./peers";
import { syncsOf, type BenchReport, type PeerResults, type SizeReport } from "./report";
import { MB } from "./stats";
import { measurePane, type PaneResult } from "./pane";
import { judge } from "./targets";
import { judgeWait } from "./targetsWait";

export { DEFAULT_SIZES, parseArgs, type CliArgs } from "./args";

export interface BenchOptions {
  readonly sizes: readonly number[];
  /** Timed engine runs per size (median reported). */
  readonly runs?: number;
  readonly seed?: number;
  /** Run each size's parts in a fresh Node process (cleaner memory figures); needs the compiled bench. */
  readonly isolate?: boolean;
  readonly office?: boolean;
  readonly peers?: boolean;
  readonly bundle?: boolean;
  /** Run `npm run build` before measuring the bundle. */
  readonly buildBundle?: boolean;
  /** Repository root (for dist/). */
  readonly root?: string;
  readonly command?: string;
  /** Time the pane in Chromium (skipped, with a reason, when Chromium is absent). */
  readonly pane?: boolean;
  /** Time the command line (needs the built CLI: bin/action-plan-checker.js). */
  readonly cli?: boolean;
  /** Progress lines (to stderr in the CLI). */
  readonly log?: (line: string) => void;
}

type EngineFigures = Omit<EngineResult, "report" | "highlight">;

/** A part of one size's measurement, run in-process or in a child. */
type Part =
  | { kind: "engine"; rows: number; seed: number; runs: number }
  | { kind: "office"; rows: number; seed: number }
  | {
      kind: "peers";
      rows: number;
      seed: number;
      engineMs: number;
      oursSyncs: number;
      keepAt?: string;
    }
  | { kind: "cli"; rows: number; path: string; runs: number };

async function runPart(part: Part): Promise<unknown> {
  // the CLI reads the file the peers part left: nothing else in its process, so its peak RSS is its own
  if (part.kind === "cli") return measureCliCheck(part.path, part.rows, part.runs);
  const plan = generatePlan(part.rows, part.seed);
  if (part.kind === "engine") {
    const {
      report: _r,
      highlight: _h,
      ...figures
    } = await measureEngine(plan, {
      runs: part.runs,
    });
    return figures;
  }
  if (part.kind === "office") return measureOffice(plan);
  // a big peer run is slow; its median of fewer runs is still far from the engine's figure
  const runs = part.rows >= 100_000 ? 1 : 3;
  const { highlight } = runEngine(plan);
  const result: PeerResults = {
    rows: part.rows,
    tableschema: await measureTableschema(plan, part.engineMs, runs),
    exceljsRead: await measureExcelJsRead(plan, part.engineMs, runs, part.keepAt),
    naiveOffice: await measureNaiveOffice(plan, highlight, part.oursSyncs),
  };
  return result;
}

/** Runs a part in a fresh Node (with --expose-gc) so one size's garbage never weighs on the next. */
function runChild(part: Part): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", JSON.stringify(part)], {
      execArgv: ["--expose-gc", "--max-old-space-size=4096"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: unknown;
    child.on("message", (m) => (result = m));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 && result !== undefined
        ? resolve(result)
        : reject(new Error(`bench ${part.kind} at ${part.rows} rows exited with ${code}`))
    );
  });
}

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1]?.trim() ?? "unknown";
  } catch {
    // not Linux: fall back to what Node reports
  }
  return cpus()[0]?.model ?? "unknown";
}

type Exec = (part: Part) => Promise<unknown>;

/** One size: the engine, then the Office round trips and the peers as asked. */
async function measureSize(
  rows: number,
  seed: number,
  options: BenchOptions,
  exec: Exec,
  log: (line: string) => void
): Promise<SizeReport> {
  log(`${rows.toLocaleString("en-GB")} rows: engine…`);
  const e = (await exec({
    kind: "engine",
    rows,
    seed,
    runs: options.runs ?? 5,
  })) as EngineFigures;
  let office: OfficeResult | null = null;
  if (options.office !== false) {
    log(`${rows.toLocaleString("en-GB")} rows: Office round trips…`);
    office = (await exec({ kind: "office", rows, seed })) as OfficeResult;
  }
  const peers =
    options.peers !== false ? await measurePeers(rows, seed, e.engineMs, office, exec, log) : null;
  return {
    rows,
    engineMs: e.engineMs,
    rowsPerSec: e.rowsPerSec,
    peakMB: e.peakMB,
    syncs: syncsOf(office),
    maxPayloadBytes: office ? office.maxPayloadBytes : null,
    usPerRow: (e.engineMs * 1000) / rows,
    runs: e.runs,
    allMs: e.allMs,
    stagesMs: e.stagesMs,
    baselineMB: e.baselineMB,
    inputHeapMB: e.inputHeapMB,
    peakHeapMB: e.peakHeapMB,
    tables: e.tables,
    actionsFound: e.actionsFound,
    issues: e.issues,
    highlightCells: e.highlightCells,
    office: office
      ? {
          check: office.check,
          highlight: office.highlight,
          summary: office.summary,
          actionsRead: office.actionsRead,
        }
      : null,
    peers,
  };
}

/** The peers on one size's plan, then the CLI reading the file the peers part wrote. */
async function measurePeers(
  rows: number,
  seed: number,
  engineMs: number,
  office: OfficeResult | null,
  exec: Exec,
  log: (line: string) => void
): Promise<PeerResults> {
  log(`${rows.toLocaleString("en-GB")} rows: peers…`);
  const oursSyncs = office ? office.check.syncs + office.highlight.syncs : 1;
  const dir = await mkdtemp(join(tmpdir(), "apc-bench-cli-"));
  const keepAt = join(dir, `plan-${rows}.xlsx`);
  try {
    const peers = (await exec({
      kind: "peers",
      rows,
      seed,
      engineMs,
      oursSyncs,
      keepAt,
    })) as PeerResults;
    log(`${rows.toLocaleString("en-GB")} rows: CLI file → report…`);
    const cli = (await exec({
      kind: "cli",
      rows,
      path: keepAt,
      runs: rows >= 100_000 ? 3 : 5,
    })) as CliCheckResult;
    const load = peers.exceljsRead.exceljsLoadMs;
    return { ...peers, cliCheck: { ...cli, exceljsLoadMs: load, speedup: load / cli.ms } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The whole benchmark: engine, Office round trips and peers at each size, then the bundle. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => undefined);
  const exec: Exec = (part) => (options.isolate ? runChild(part) : runPart(part));
  const sizes: SizeReport[] = [];
  for (const rows of options.sizes) sizes.push(await measureSize(rows, seed, options, exec, log));
  const root = options.root ?? process.cwd();
  const skipped: string[] = [];
  let pane: PaneResult | null = null;
  if (options.pane === true) {
    const measured = await measurePane({ root, seed, log });
    if (typeof measured === "string") skipped.push(`pane: skipped, ${measured}`);
    else pane = measured;
  }
  const cli: CliResult | null = options.cli === true ? await measureCli({ root, seed, log }) : null;
  const bundle =
    options.bundle === false
      ? null
      : measureBundleOrNull(options.root ?? process.cwd(), options.buildBundle ?? false, log);
  const sorted = [...sizes].sort((a, b) => a.rows - b.rows);
  const last = sorted[sorted.length - 1];
  const before = sorted[sorted.length - 2];
  const withPeers = [...sorted].reverse().find((s) => s.peers);
  return {
    date: new Date().toISOString(),
    machine: {
      nproc: availableParallelism(),
      cpu: cpuModel(),
      node: process.version,
      platform: `${platform()} ${process.arch}`,
      totalMemMB: Math.round(totalmem() / MB),
    },
    command: options.command ?? "npm run bench",
    seed,
    sizes,
    growth:
      last && before
        ? { from: before.rows, to: last.rows, ratio: last.usPerRow / before.usPerRow }
        : null,
    bundleGzipBytes: bundle ? bundle.initialGzipBytes : null,
    bundle,
    peers: withPeers?.peers ?? null,
    targets: [...judge(sorted, bundle ? bundle.initialGzipBytes : null), ...judgeWait(pane, cli)],
    pane,
    cli,
    skipped,
  };
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "--child") {
    const result = await runPart(JSON.parse(argv[1] ?? "{}") as Part);
    await new Promise<void>((resolve) => process.send?.(result, () => resolve()));
    return 0;
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  const a = parsed.value;
  const report = await runBench({
    sizes: a.sizes,
    runs: a.runs,
    seed: a.seed,
    isolate: a.isolate,
    office: a.office,
    peers: a.peers,
    bundle: a.bundle,
    buildBundle: a.buildBundle,
    pane: a.pane,
    cli: a.cli,
    root: join(__dirname, "..", ".."),
    command: ["npm run bench --", ...argv].join(" ").replace(/ --$/, ""),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  for (const line of report.skipped) process.stderr.write(`${line}\n`);
  process.stdout.write(a.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    }
  );
}
