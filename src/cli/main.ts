import { readFile } from "node:fs/promises";
import { buildReport } from "../app/report";
import { parseConfig, type Config, type Report } from "../core/schema";
import { TOOL_NAME, TOOL_VERSION } from "../core/version";
import { parseCliArgs, USAGE, type CliOptions } from "./args";
import type { CheckedFile } from "./checkFile";
import { isPrinted, type BatchEntry } from "./batchEntry";
import { collectBeforeWriting } from "./collect";
import { batchExitCode, entryError, writeBatchJson } from "./batchJson";
import { checkFiles } from "./checkFiles";
import { expandInputs } from "./files";
import { formatText, totals } from "./formatText";
import { writeJson } from "./jsonOut";
import { progress } from "./progress";
import type * as Outputs from "./outputs";
import type * as Compare from "./compare";
import type * as Prepare from "./prepare";

/**
 * Loads a module when first used. The writers pull in ExcelJS, which takes longer to load than a check of
 * a plan takes: a check never needs it.
 */
function lazy<T>(path: string): T {
  return require(path) as T;
}
const outputs = (): typeof Outputs => lazy<typeof Outputs>("./outputs");
/** demo.ts imports this module, so its type is written here rather than imported (no import cycle). */
interface DemoModule {
  runDemo(outDir: string, io: Io): Promise<number>;
}
import { londonToday } from "../app/today";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly errIsTty: boolean;
  /** `out` that resolves once the text is taken (stdout's backpressure); `out` is used when absent. */
  readonly outWhenTaken?: (text: string) => Promise<void>;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  outWhenTaken: (t) =>
    new Promise((resolve) => {
      if (process.stdout.write(t)) resolve();
      else process.stdout.once("drain", resolve);
    }),
  err: (t) => process.stderr.write(t),
  errIsTty: Boolean(process.stderr.isTTY),
};

async function loadConfig(
  path: string | undefined,
  asOf: string | undefined,
  sheets: readonly string[] = []
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
  // --sheet narrows the check as the configuration's `sheets` does, and wins over it
  const withSheets = sheets.length ? { ...(withDate as object), sheets } : withDate;
  const parsed = parseConfig(withSheets);
  return parsed.ok ? parsed.value : parsed.error;
}

// moved to src/app (demo.ts imported it from here while main imported demo: a cycle); kept for callers
export { buildReport };

/** Checks every input (files and folders); unreadable ones are reported and the batch goes on. */
export async function checkInputs(
  inputs: readonly string[],
  config: Config,
  asOf: string,
  io: Io,
  options: { readonly jobs?: number | undefined; readonly keepBytes?: boolean } = {}
): Promise<CheckedFile[]> {
  // without asJson every entry is a report (a CheckedFile)
  return (await checkEntries(inputs, config, asOf, io, options)) as CheckedFile[];
}

async function checkEntries(
  inputs: readonly string[],
  config: Config,
  asOf: string,
  io: Io,
  options: {
    readonly jobs?: number | undefined;
    readonly keepBytes?: boolean;
    readonly asJson?: boolean;
  }
): Promise<BatchEntry[]> {
  const files = await expandInputs(inputs);
  const bar = progress(files.length, io);
  const results = await checkFiles(files, config, asOf, {
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    keepBytes: options.keepBytes ?? true,
    asJson: options.asJson ?? false,
    onDone: (path) => bar.tick(path),
  });
  bar.done();
  return results;
}

/** 2 when a file could not be checked, else 1 when a workbook is not ready to submit, else 0. */
function exitCodeFor(report: Report): number {
  const t = totals(report);
  if (t.unreadable > 0) return 2;
  return t.notReady > 0 ? 1 : 0;
}

/** With JSON on stdout, unreadable files are also named on stderr; the text report names each once. */
function reportErrors(report: Report, format: CliOptions["format"], io: Io): void {
  if (format !== "json") return;
  for (const w of report.workbooks) if (w.error) io.err(`${TOOL_NAME}: ${w.error}\n`);
}

/**
 * Prints the batch report (checked against the schema by buildReport, which keeps the workbooks' own
 * objects) and returns its exit code.
 */
async function printReport(
  files: readonly CheckedFile[],
  asOf: string,
  format: CliOptions["format"],
  io: Io
): Promise<number> {
  const report = buildReport(files, asOf);
  // the JSON of a large plan's report is written in pieces, never held whole (src/cli/jsonOut.ts)
  if (format === "json") {
    collectBeforeWriting(report.workbooks);
    await writeJson(report, io.outWhenTaken ?? io.out);
  } else io.out(`${formatText(report)}\n`);
  reportErrors(report, format, io);
  return exitCodeFor(report);
}

async function runCheck(opts: CliOptions, config: Config, asOf: string, io: Io): Promise<number> {
  if (opts.format === "json" && !opts.out) {
    // each workbook's entry is made as JSON text where it is checked; the main thread joins them
    const entries = await checkEntries(opts.inputs, config, asOf, io, {
      jobs: opts.jobs,
      keepBytes: false,
      asJson: true,
    });
    collectBeforeWriting(entries.flatMap((e) => (isPrinted(e) ? [] : [e.report])));
    await writeBatchJson(entries, asOf, io.outWhenTaken ?? io.out);
    for (const e of entries) {
      const error = entryError(e);
      if (error) io.err(`${TOOL_NAME}: ${error}\n`);
    }
    return batchExitCode(entries);
  }
  const files = await checkInputs(opts.inputs, config, asOf, io, {
    jobs: opts.jobs,
    keepBytes: opts.out !== undefined,
  });
  const code = await printReport(files, asOf, opts.format, io);
  if (opts.out) {
    // the writers (and ExcelJS under them) load only when a copy is wanted: checking reads the package
    const { writeCheckedCopies } = outputs();
    const copies = await writeCheckedCopies(files, config, asOf, opts.out, {
      snapshot: opts.snapshot,
      onSkip: (message) => io.err(`${message}\n`),
    });
    for (const w of copies.written) io.err(`wrote ${w}\n`);
    for (const f of copies.failed) io.err(`${TOOL_NAME}: ${f.error}\n`);
    if (copies.failed.length > 0) return 2;
  }
  return code;
}

async function runRollup(opts: CliOptions, config: Config, asOf: string, io: Io): Promise<number> {
  const files = await checkInputs(opts.inputs, config, asOf, io, { jobs: opts.jobs });
  const report = buildReport(files, asOf);
  const out = opts.out ?? "rollup.xlsx";
  const { writeRollupFile } = outputs();
  await writeRollupFile(files, config, asOf, out);
  io.out(`${formatText(report)}\nwrote ${out}\n`);
  return exitCodeFor(report);
}

/** The CLI: returns the exit code (0 all ready, 1 a workbook not ready, 2 bad usage or unreadable file). */
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
  const config = await loadConfig(opts.config, opts.asOf, opts.sheets);
  if (typeof config === "string") {
    io.err(`${TOOL_NAME}: ${config}\n`);
    return 2;
  }
  if (opts.command === "demo") return lazy<DemoModule>("./demo").runDemo(opts.out ?? "out", io);
  const asOf = config.asOf ?? londonToday();
  if (opts.command === "compare") {
    const [before = "", after] = opts.inputs;
    const compare = lazy<typeof Compare>("./compare");
    const options = {
      format: opts.format,
      config,
      asOf,
      snapshot: opts.snapshot,
      ...(opts.out ? { out: opts.out } : {}),
    };
    return after === undefined
      ? compare.runCompareWithSnapshot(before, options, io)
      : compare.runCompare(before, after, options, io);
  }
  if (opts.command === "prepare") {
    return lazy<typeof Prepare>("./prepare").runPrepare(
      opts.inputs,
      {
        config,
        asOf,
        out: opts.out ?? ".",
        addStatusColumn: opts.addStatusColumn,
        undo: opts.undo,
      },
      io
    );
  }
  return opts.command === "check"
    ? runCheck(opts, config, asOf, io)
    : runRollup(opts, config, asOf, io);
}
