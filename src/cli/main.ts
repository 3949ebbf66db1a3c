import { readFile } from "node:fs/promises";
import { parseConfig, reportSchema, type Config, type Report } from "../core/schema";
import { TOOL_NAME, TOOL_VERSION } from "../core/version";
import { parseCliArgs, USAGE, type CliOptions } from "./args";
import type { CheckedFile } from "./checkFile";
import { checkFiles } from "./checkFiles";
import { expandInputs } from "./files";
import { formatText, totals } from "./formatText";
import { runDemo } from "./demo";
import { progress } from "./progress";
import { writeCheckedCopies, writeRollupFile } from "./outputs";
import { londonToday } from "./today";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly errIsTty: boolean;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  errIsTty: Boolean(process.stderr.isTTY),
};

async function loadConfig(
  path: string | undefined,
  asOf: string | undefined
): Promise<Config | string> {
  let raw: unknown = {};
  if (path) {
    try {
      raw = JSON.parse(await readFile(path, "utf8"));
    } catch (e) {
      return `cannot read the configuration ${path}: ${(e as Error).message}`;
    }
  }
  const withDate = asOf ? { ...(raw as object), asOf } : raw;
  const parsed = parseConfig(withDate);
  return parsed.ok ? parsed.value : parsed.error;
}

/** Checks every input (files and folders); unreadable ones are reported and the batch goes on. */
export async function checkInputs(
  inputs: readonly string[],
  config: Config,
  asOf: string,
  io: Io,
  options: { readonly jobs?: number | undefined; readonly keepBytes?: boolean } = {}
): Promise<CheckedFile[]> {
  const files = await expandInputs(inputs);
  const bar = progress(files.length, io);
  const results = await checkFiles(files, config, asOf, {
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    keepBytes: options.keepBytes ?? true,
    onDone: (path) => bar.tick(path),
  });
  bar.done();
  return results;
}

export function buildReport(files: readonly CheckedFile[], asOf: string): Report {
  return reportSchema.parse({
    tool: TOOL_NAME,
    version: TOOL_VERSION,
    asOf,
    workbooks: files.map((f) => f.report),
  });
}

function exitCodeFor(report: Report): number {
  const t = totals(report);
  if (t.unreadable > 0) return 2;
  return t.errors > 0 ? 1 : 0;
}

async function runCheck(opts: CliOptions, config: Config, asOf: string, io: Io): Promise<number> {
  const files = await checkInputs(opts.inputs, config, asOf, io, {
    jobs: opts.jobs,
    keepBytes: opts.out !== undefined,
  });
  const report = buildReport(files, asOf);
  io.out(
    opts.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : `${formatText(report)}\n`
  );
  for (const w of report.workbooks) if (w.error) io.err(`${TOOL_NAME}: ${w.error}\n`);
  if (opts.out) {
    const written = await writeCheckedCopies(files, config, asOf, opts.out, {
      snapshot: opts.snapshot,
    });
    for (const w of written) io.err(`wrote ${w}\n`);
  }
  return exitCodeFor(report);
}

async function runRollup(opts: CliOptions, config: Config, asOf: string, io: Io): Promise<number> {
  const files = await checkInputs(opts.inputs, config, asOf, io, { jobs: opts.jobs });
  const report = buildReport(files, asOf);
  const out = opts.out ?? "rollup.xlsx";
  await writeRollupFile(files, config, asOf, out);
  io.out(`${formatText(report)}\nwrote ${out}\n`);
  for (const w of report.workbooks) if (w.error) io.err(`${TOOL_NAME}: ${w.error}\n`);
  return exitCodeFor(report);
}

/** The CLI: returns the exit code (0 no errors, 1 errors found, 2 bad usage or unreadable file). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.err(`${TOOL_NAME}: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const opts = parsed.value;
  if (opts.command === "help") {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (opts.command === "version") {
    io.out(`${TOOL_VERSION}\n`);
    return 0;
  }
  const config = await loadConfig(opts.config, opts.asOf);
  if (typeof config === "string") {
    io.err(`${TOOL_NAME}: ${config}\n`);
    return 2;
  }
  if (opts.command === "demo") return runDemo(opts.out ?? "out", io);
  const asOf = config.asOf ?? londonToday();
  return opts.command === "check"
    ? runCheck(opts, config, asOf, io)
    : runRollup(opts, config, asOf, io);
}
