import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, platform, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import { measureBundle } from "./bundle";
import { measureCliCheck, type CliCheckResult } from "./cliCheck";
import { measureEngine, runEngine, type EngineResult } from "./engine";
import { formatReport } from "./format";
import { DEFAULT_SEED, generatePlan } from "./generate";
import { measureOffice, type OfficeResult } from "./office";
import { measureExcelJsRead, measureNaiveOffice, measureTableschema } from "./peers";
import { syncsOf, type BenchReport, type PeerResults, type SizeReport } from "./report";
import { MB } from "./stats";
import { judge } from "./targets";

export const DEFAULT_SIZES = [1_000, 10_000, 100_000] as const;

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

/** The whole benchmark: engine, Office round trips and peers at each size, then the bundle. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => undefined);
  const exec = (part: Part) => (options.isolate ? runChild(part) : runPart(part));
  const sizes: SizeReport[] = [];
  for (const rows of options.sizes) {
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
    let peers: PeerResults | null = null;
    if (options.peers !== false) {
      log(`${rows.toLocaleString("en-GB")} rows: peers…`);
      const oursSyncs = office ? office.check.syncs + office.highlight.syncs : 1;
      const dir = await mkdtemp(join(tmpdir(), "apc-bench-cli-"));
      const keepAt = join(dir, `plan-${rows}.xlsx`);
      try {
        peers = (await exec({
          kind: "peers",
          rows,
          seed,
          engineMs: e.engineMs,
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
        peers = { ...peers, cliCheck: { ...cli, exceljsLoadMs: load, speedup: load / cli.ms } };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    sizes.push({
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
    });
  }
  const bundle =
    options.bundle === false
      ? null
      : measureBundle(options.root ?? process.cwd(), { build: options.buildBundle ?? false });
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
    targets: judge(sorted, bundle ? bundle.initialGzipBytes : null),
  };
}

export interface CliArgs {
  readonly sizes: number[];
  readonly json: boolean;
  readonly runs: number;
  readonly office: boolean;
  readonly peers: boolean;
  readonly bundle: boolean;
  readonly buildBundle: boolean;
  readonly isolate: boolean;
  readonly seed: number;
}

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000,100000] [--json] [--runs 5] [--seed N]
  [--no-office] [--no-peers] [--no-bundle] [--build] [--in-process]`;

/** "10000", "10_000" or "10k"; NaN for anything else. */
function parseSize(text: string): number {
  const m = /^(\d+)(k?)$/i.exec(text.trim().replace(/_/g, ""));
  return m ? Number(m[1]) * (m[2] ? 1000 : 1) : NaN;
}

/** Parses the bench's flags; an unknown flag or a bad number is an error message, not a throw. */
export function parseArgs(
  argv: readonly string[]
): { ok: true; value: CliArgs } | { ok: false; error: string } {
  const args: CliArgs = {
    sizes: [...DEFAULT_SIZES],
    json: false,
    runs: 5,
    office: true,
    peers: true,
    bundle: true,
    buildBundle: false,
    isolate: true,
    seed: DEFAULT_SEED,
  };
  const out = args as { -readonly [K in keyof CliArgs]: CliArgs[K] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.includes("=") ? (a.split("=", 2) as [string, string]) : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === "--sizes") {
      const sizes = (value() ?? "").split(",").map(parseSize);
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        return { ok: false, error: `--sizes needs whole numbers such as 1000,10000\n${USAGE}` };
      }
      out.sizes = sizes;
    } else if (flag === "--runs" || flag === "--seed") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < (flag === "--runs" ? 1 : 0)) {
        return { ok: false, error: `${flag} needs a whole number\n${USAGE}` };
      }
      if (flag === "--runs") out.runs = n;
      else out.seed = n;
    } else if (flag === "--json") out.json = true;
    else if (flag === "--no-office") out.office = false;
    else if (flag === "--no-peers") out.peers = false;
    else if (flag === "--no-bundle") out.bundle = false;
    else if (flag === "--build") out.buildBundle = true;
    else if (flag === "--in-process") out.isolate = false;
    else if (flag === "--help" || flag === "-h") return { ok: false, error: USAGE };
    else return { ok: false, error: `Unknown option ${a}\n${USAGE}` };
  }
  return { ok: true, value: args };
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
    root: join(__dirname, "..", ".."),
    command: ["npm run bench --", ...argv].join(" ").replace(/ --$/, ""),
    log: (line) => process.stderr.write(`${line}\n`),
  });
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
