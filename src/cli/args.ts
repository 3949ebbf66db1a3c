import { parseArgs } from "node:util";
import { parseReportDate } from "../core/calendar/reportDate";

export const USAGE = `Usage:
  action-plan-checker check <file.xlsx|folder>... [--format text|json] [--as-of DATE]
                            [--sheet NAME]... [--out DIR] [--snapshot] [--config FILE] [--jobs N]
  action-plan-checker rollup <file.xlsx|folder>... --out rollup.xlsx [--as-of DATE] [--config FILE]
  action-plan-checker compare [OLD.xlsx] NEW.xlsx [--format text|json] [--as-of DATE] [--out DIR]
  action-plan-checker prepare <file.xlsx>... --out DIR [--add-status-column] [--undo]
  action-plan-checker demo [--out DIR]

  check    Check each workbook's action tables: owners, timescales, overdue actions, RAG ratings.
           --out DIR writes a checked copy of each workbook (highlights + "RAG Summary" sheet);
           the input files are never modified. --snapshot also appends a dated row to "RAG History".
           --jobs N checks N files at a time, the main thread and N-1 worker threads (default: the
           cores available, when the batch is large enough to pay for the workers).
  rollup   One workbook with a row per plan and the combined exceptions list.
  compare  What moved between two versions of one plan: ratings, slipped dates (and by how many days),
           owners, statuses, updates left unchanged, actions added and removed. With one file, compares
           it with the snapshot its last summary stored (a copy written by check --out keeps one).
           --out DIR writes the new version's checked copy, its summary with "Since last report",
           and NAME.comparison.json.
  prepare  A copy of each plan that keeps itself in shape: a dropdown of its status words, colour rules
           on the status cells, a date prompt on the due cells. No value changes; the sheet's own
           validations and rules are kept. --add-status-column adds the offered status column where a
           table has none; --undo writes a copy without what an earlier prepare added.
  demo     Checks the bundled sample plans with a fixed report date and writes results under out/.

  --as-of DATE   the report date, 31/01/2014 or 2014-01-31 (default: today in Europe/London)
  --sheet NAME   check only this sheet (repeat for several); a name the workbook lacks is an error

Exit codes: 0 every workbook ready to submit, 1 a workbook not ready (an action with no owner or no
readable date, a Red action with no current update), 2 bad usage or a file that could not be read.`;

export interface CliOptions {
  readonly command: "check" | "rollup" | "compare" | "prepare" | "demo" | "help" | "version";
  readonly inputs: readonly string[];
  readonly format: "text" | "json";
  readonly asOf: string | undefined;
  readonly sheets: readonly string[];
  readonly out: string | undefined;
  readonly snapshot: boolean;
  readonly config: string | undefined;
  /** Worker threads for a batch (--jobs); undefined: the cores available. */
  readonly jobs: number | undefined;
  /** prepare: consent to add the offered status column. */
  readonly addStatusColumn: boolean;
  /** prepare: take out what an earlier prepare added. */
  readonly undo: boolean;
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
        "add-status-column": { type: "boolean" },
        undo: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    return { ok: false, error: usageError(e as Error & { code?: string }) };
  }
  const { values, positionals } = parsed;
  if (values.help) return ok("help", [], values);
  if (values.version) return ok("version", [], values);
  const [command, ...inputs] = positionals;
  if (command === undefined) return { ok: false, error: "No command given." };
  if (!["check", "rollup", "compare", "prepare", "demo"].includes(command)) {
    return { ok: false, error: `Unknown command "${command}".` };
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    return { ok: false, error: `--format must be text or json, not "${format}".` };
  let asOf = values["as-of"];
  if (asOf !== undefined) {
    const date = parseReportDate(asOf);
    if (!date.ok) return { ok: false, error: `--as-of: ${date.error}` };
    asOf = date.value;
  }
  const jobs = values.jobs;
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs))
    return { ok: false, error: `--jobs must be a whole number from 1 to 999, not "${jobs}".` };
  if (command !== "demo" && inputs.length === 0)
    return { ok: false, error: `${command} needs at least one file or folder.` };
  if (command === "compare" && inputs.length > 2)
    return {
      ok: false,
      error: "compare takes two files (the earlier version, then the later) or one checked copy.",
    };
  if (command === "prepare" && !values.out)
    return { ok: false, error: "prepare needs --out DIR (the input files are never written)." };
  if (command === "rollup" && !values.out)
    return { ok: false, error: "rollup needs --out rollup.xlsx." };
  return ok(
    command as CliOptions["command"],
    inputs,
    asOf === undefined ? values : { ...values, "as-of": asOf }
  );
}

/** Node's parseArgs messages, said as a user needs them (no advice about "--" and positionals). */
function usageError(e: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unknown option "${option}".`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take/.test(e.message)
        ? `${option} takes no value.`
        : `${option} needs a value.`;
    default:
      return e.message;
  }
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
    "add-status-column"?: boolean;
    undo?: boolean;
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
      addStatusColumn: values["add-status-column"] ?? false,
      undo: values.undo ?? false,
    },
  };
}
