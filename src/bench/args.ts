import { DEFAULT_SEED } from "./generate";

export const DEFAULT_SIZES = [1_000, 10_000, 100_000] as const;

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
  /** The pane in Chromium through the browser harness (issue 18). */
  readonly pane: boolean;
  /** The command line's start-up, files and folder, and the worker pool's speed-up (issue 18). */
  readonly cli: boolean;
}

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000,100000] [--json] [--runs 5] [--seed N]
  [--no-office] [--no-peers] [--no-bundle] [--no-pane] [--no-cli] [--build] [--in-process]`;

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
    pane: true,
    cli: true,
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
    else if (flag === "--no-pane") out.pane = false;
    else if (flag === "--no-cli") out.cli = false;
    else if (flag === "--build") out.buildBundle = true;
    else if (flag === "--in-process") out.isolate = false;
    else if (flag === "--help" || flag === "-h") return { ok: false, error: USAGE };
    else return { ok: false, error: `Unknown option ${a}\n${USAGE}` };
  }
  return { ok: true, value: args };
}
