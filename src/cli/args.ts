import { parseArgs } from "node:util";

export const USAGE = `Usage:
  action-plan-checker check <file.xlsx|folder>... [--format text|json] [--as-of YYYY-MM-DD]
                            [--sheet NAME]... [--out DIR] [--snapshot] [--config FILE] [--jobs N]
  action-plan-checker rollup <file.xlsx|folder>... --out rollup.xlsx [--as-of YYYY-MM-DD] [--config FILE]
  action-plan-checker demo [--out DIR]

  check    Check each workbook's action tables: owners, timescales, overdue actions, RAG ratings.
           --out DIR writes a checked copy of each workbook (highlights + "RAG Summary" sheet);
           the input files are never modified. --snapshot also appends a dated row to "RAG History".
           --jobs N checks N files at a time on worker threads (default: the cores available).
  rollup   One workbook with a row per plan and the combined exceptions list.
  demo     Checks the bundled sample plans with a fixed report date and writes results under out/.

Exit codes: 0 no errors found, 1 errors found, 2 bad usage or an unreadable file.`;

export interface CliOptions {
  readonly command: "check" | "rollup" | "demo" | "help" | "version";
  readonly inputs: readonly string[];
  readonly format: "text" | "json";
  readonly asOf: string | undefined;
  readonly sheets: readonly string[];
  readonly out: string | undefined;
  readonly snapshot: boolean;
  readonly config: string | undefined;
  /** Worker threads for a batch (--jobs); undefined: the cores available. */
  readonly jobs: number | undefined;
}

export type ParsedArgs = { ok: true; value: CliOptions } | { ok: false; error: string };

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        "as-of": { type: "string" },
        sheet: { type: "string", multiple: true },
        out: { type: "string", short: "o" },
        snapshot: { type: "boolean" },
        config: { type: "string" },
        jobs: { type: "string", short: "j" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return ok("help", [], values);
  if (values.version) return ok("version", [], values);
  const [command, ...inputs] = positionals;
  if (command === undefined) return { ok: false, error: "No command given." };
  if (command !== "check" && command !== "rollup" && command !== "demo") {
    return { ok: false, error: `Unknown command "${command}".` };
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    return { ok: false, error: `--format must be text or json, not "${format}".` };
  const asOf = values["as-of"];
  if (asOf !== undefined && !isRealDate(asOf)) {
    return { ok: false, error: `--as-of must be a date written YYYY-MM-DD, not "${asOf}".` };
  }
  const jobs = values.jobs;
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs))
    return { ok: false, error: `--jobs must be a whole number from 1 to 999, not "${jobs}".` };
  if (command !== "demo" && inputs.length === 0)
    return { ok: false, error: `${command} needs at least one file or folder.` };
  if (command === "rollup" && !values.out)
    return { ok: false, error: "rollup needs --out rollup.xlsx." };
  return ok(command, inputs, values);
}

function ok(
  command: CliOptions["command"],
  inputs: string[],
  values: {
    format?: string;
    "as-of"?: string;
    sheet?: string[];
    out?: string;
    snapshot?: boolean;
    config?: string;
    jobs?: string;
  }
): ParsedArgs {
  return {
    ok: true,
    value: {
      command,
      inputs,
      format: values.format === "json" ? "json" : "text",
      asOf: values["as-of"],
      sheets: values.sheet ?? [],
      out: values.out,
      snapshot: values.snapshot ?? false,
      config: values.config,
      jobs: values.jobs === undefined ? undefined : Number(values.jobs),
    },
  };
}

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}
