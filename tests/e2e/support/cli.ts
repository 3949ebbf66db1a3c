import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";
import { checkFile } from "../../../src/cli/checkFile";
import {
  DEFAULT_CONFIG,
  type Config,
  type Issue,
  type WorkbookReport,
} from "../../../src/core/schema";

export const SAMPLES_DIR = resolve(__dirname, "..", "..", "..", "assets", "samples");

/** A bundled sample as assets/samples/samples.json lists it. */
export interface Sample {
  readonly file: string;
  readonly title: string;
  readonly asOf: string;
}

export const SAMPLES: readonly Sample[] = (
  JSON.parse(readFileSync(join(SAMPLES_DIR, "samples.json"), "utf8")) as { samples: Sample[] }
).samples;

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly total: number;
}

/** Every issue in a report: the workbook's, each table's and each action's. */
export function issuesOf(report: WorkbookReport): Issue[] {
  return [
    ...report.issues,
    ...report.tables.flatMap((t) => [...t.issues, ...t.actions.flatMap((a) => a.issues)]),
  ];
}

export function countsOf(report: WorkbookReport): Counts {
  const issues = issuesOf(report);
  const by = (s: Issue["severity"]) => issues.filter((i) => i.severity === s).length;
  return { error: by("error"), warning: by("warning"), info: by("info"), total: issues.length };
}

/** The CLI's report on a sample as of its report date (as `npm run demo` checks it), with config changes. */
export async function cliReport(
  sample: Sample,
  changes: Partial<Config> = {}
): Promise<WorkbookReport> {
  const config: Config = { ...DEFAULT_CONFIG, asOf: sample.asOf, ...changes };
  const checked = await checkFile(join(SAMPLES_DIR, sample.file), config, sample.asOf);
  if (checked.report.error) throw new Error(checked.report.error);
  return checked.report;
}
