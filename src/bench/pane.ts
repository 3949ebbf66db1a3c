import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { generatePlan, type SyntheticPlan } from "./generate";
import { ensureBenchDemo } from "./paneBuild";
import * as js from "./paneScripts";
import { median, round } from "./stats";

/** The pane's figures under one host speed (issue 18): what a person waits for, in ms. */
export interface PaneProfile {
  /** Delay added to every context.sync() (0: the fake answers at once; 50: Excel on the web). */
  readonly syncLatencyMs: number;
  /** The pane's page navigation → "Check this workbook" enabled and painted (median). */
  readonly loadMs: number;
  /** The same from the harness page's navigation (it loads the sample first, then the pane). */
  readonly harnessLoadMs: number;
  /** Click "Check this workbook" → report painted, by actions in the plan (median). */
  readonly checkMs: Readonly<Record<string, number>>;
  /** The same click → the pane free again, its highlights written (median): the report shows first. */
  readonly checkDoneMs: Readonly<Record<string, number>>;
  /** Round trips of each check, by actions. */
  readonly checkSyncs: Readonly<Record<string, number>>;
  /**
   * One-cell edit → issue count updated and painted, at `recheckActions`. The pane hears the first edit
   * after quiet at once (no debounce) and re-checks the edited table (`recheckScope`).
   */
  readonly recheckMs: number | null;
  /** The pane's first Excel.run after the edit → updated: the re-check without the hearing. */
  readonly recheckWorkMs: number | null;
  /** The path the pane's live check took: "tables" (the edited table) or "workbook" (why, after ": "). */
  readonly recheckScope: string | null;
  /** Round trips of that re-check. */
  readonly recheckSyncs: number | null;
  /** "Build summary sheet" → the pane says it is written, at `recheckActions`. */
  readonly summaryMs: number | null;
}

export interface PaneResult {
  readonly browser: string;
  readonly checkActions: readonly number[];
  readonly recheckActions: number;
  readonly runs: number;
  readonly profiles: readonly PaneProfile[];
  /** Steps that could not be measured, and why. */
  readonly notes: readonly string[];
}

export interface PaneBenchOptions {
  readonly root: string;
  readonly seed: number;
  readonly checkActions?: readonly number[];
  readonly recheckActions?: number;
  readonly latencies?: readonly number[];
  /** Runs per figure (median); a check of 10,000 actions or more runs once. */
  readonly runs?: number;
  /** A built harness to serve (the e2e tests' dist-demo/); default: build/bench-demo, built when stale. */
  readonly demoDir?: string;
  readonly log?: (line: string) => void;
}

/** The flags tests/e2e uses: headless, offline, no sandbox in a container. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Debian's chromium ($CHROMIUM_PATH, else `command -v chromium`), or null when there is none. */
export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

const TIMEOUT_MS = 600_000;
/** The pane counts as usable once it has stayed so this long (its settings load can briefly disable it). */
const SETTLE_MS = 400;
/** A re-check or a summary that has not finished in this long is reported as not measured. */
const STEP_TIMEOUT_MS = 120_000;

/** A cell whose edit must change the issue count: a named owner in the plan's first table, blanked. */
export function recheckTarget(plan: SyntheticPlan): { sheet: string; address: string } {
  const table = plan.tables[0];
  const sheet = plan.grid.sheets.find((s) => s.name === table?.sheet);
  if (!table || !sheet) throw new Error("the synthetic plan has no table");
  const ownerCol = 3; // D: BENCH_COLUMNS puts the owner fourth
  const row = table.actionRows.find((r) => {
    const owner = sheet.text[r - sheet.originRow]?.[ownerCol] ?? "";
    return owner.length > 3 && !/^(tbc|to be confirmed)$/i.test(owner);
  });
  if (row === undefined) throw new Error("no named owner in the first table");
  return { sheet: sheet.name, address: `D${row}` };
}

class Harness {
  constructor(
    private readonly context: BrowserContext,
    private readonly baseUrl: string
  ) {}

  /** Opens the harness and waits until the pane is usable; returns the page, the pane and its load times. */
  async open(params: Record<string, string | number>) {
    const page = await this.context.newPage();
    await page.route("**/*", (route) =>
      route.request().url().startsWith(this.baseUrl) ? route.continue() : route.abort()
    );
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) query.set(k, String(v));
    await page.goto(`${this.baseUrl}?${query.toString()}`);
    const end = Date.now() + TIMEOUT_MS;
    for (;;) {
      const pane = page.frames().find((f) => f.url().includes("taskpane.html"));
      const at = pane
        ? ((await pane.evaluate(js.USABLE_AT)) as {
            epoch: number;
            sinceNavigation: number;
            ready: boolean;
            ageMs: number;
          } | null)
        : null;
      if (pane && at?.ready && at.ageMs >= SETTLE_MS) {
        const origin = (await page.evaluate("performance.timeOrigin")) as number;
        return { page, pane, loadMs: at.sinceNavigation, harnessLoadMs: at.epoch - origin };
      }
      if (Date.now() > end) throw new Error("the pane never became usable");
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function timedCheck(h: Harness, actions: number, params: Record<string, number>) {
  const { page, pane } = await h.open({ ...params, bench: actions });
  const before = (await page.evaluate(js.PAGE_SYNCS)) as number;
  const { ms, doneMs } = (await pane.evaluate(`${js.TIMED_CHECK}(${TIMEOUT_MS})`)) as {
    ms: number;
    doneMs: number;
  };
  const syncs = ((await page.evaluate(js.PAGE_SYNCS)) as number) - before;
  return { page, pane, ms, doneMs, syncs };
}

async function measureProfile(
  h: Harness,
  latency: number,
  o: Required<Omit<PaneBenchOptions, "log" | "root" | "latencies" | "demoDir">>,
  log: (line: string) => void,
  notes: string[]
): Promise<PaneProfile> {
  const params = { seed: o.seed, syncLatency: latency };
  const tag = `pane (${latency} ms per sync)`;
  log(`${tag}: load…`);
  const loads: { loadMs: number; harnessLoadMs: number }[] = [];
  for (let i = 0; i < o.runs; i++) {
    const { page, loadMs, harnessLoadMs } = await h.open({ syncLatency: latency });
    loads.push({ loadMs, harnessLoadMs });
    await page.close();
  }
  const checkMs: Record<string, number> = {};
  const checkDoneMs: Record<string, number> = {};
  const checkSyncs: Record<string, number> = {};
  for (const actions of o.checkActions) {
    log(`${tag}: check at ${actions.toLocaleString("en-GB")} actions…`);
    const times: number[] = [];
    const done: number[] = [];
    for (let i = 0; i < (actions >= 10_000 ? 1 : o.runs); i++) {
      const r = await timedCheck(h, actions, params);
      times.push(r.ms);
      done.push(r.doneMs);
      checkSyncs[actions] = r.syncs;
      await r.page.close();
    }
    checkMs[actions] = round(median(times));
    checkDoneMs[actions] = round(median(done));
  }
  log(`${tag}: re-check after an edit and summary at ${o.recheckActions} actions…`);
  const target = recheckTarget(generatePlan(o.recheckActions, o.seed));
  const { page, pane } = await timedCheck(h, o.recheckActions, params);
  const step = { ...target, value: "", timeoutMs: STEP_TIMEOUT_MS, settleMs: 2000 };
  // a step that fails is reported as not measured, with why, and the rest goes on
  const attempt = <T>(what: string, script: string): Promise<T | null> =>
    (pane.evaluate(script) as Promise<T>).catch((e: unknown) => {
      notes.push(`${tag}: ${what} not measured: ${(e as Error).message.split("\n")[0]}`);
      return null;
    });
  const before = (await page.evaluate(js.PAGE_SYNCS)) as number;
  const re = await attempt<{
    ms: number;
    workMs: number | null;
    scope: string | null;
    why: string | null;
  }>("re-check", `${js.TIMED_RECHECK}(${JSON.stringify(step)})`);
  const recheckSyncs = ((await page.evaluate(js.PAGE_SYNCS)) as number) - before;
  const summaryMs = await attempt<number>("summary", `${js.TIMED_SUMMARY}(${STEP_TIMEOUT_MS})`);
  await page.close();
  return {
    syncLatencyMs: latency,
    loadMs: round(median(loads.map((l) => l.loadMs))),
    harnessLoadMs: round(median(loads.map((l) => l.harnessLoadMs))),
    checkMs,
    checkDoneMs,
    checkSyncs,
    recheckMs: re ? round(re.ms) : null,
    recheckWorkMs: re && re.workMs !== null ? round(re.workMs) : null,
    recheckScope: re?.scope ? (re.why ? `${re.scope}: ${re.why}` : re.scope) : null,
    recheckSyncs: re ? recheckSyncs : null,
    summaryMs: summaryMs === null ? null : round(summaryMs),
  };
}

/**
 * The pane in Debian's Chromium through the browser harness, under each host speed. Resolves to a reason
 * (a string) instead when it cannot run here: no chromium, no playwright-core.
 */
export async function measurePane(options: PaneBenchOptions): Promise<PaneResult | string> {
  const log = options.log ?? (() => undefined);
  const executablePath = findChromium();
  if (!executablePath) return "chromium is not installed (apt-get install chromium)";
  let playwright: typeof import("playwright-core");
  try {
    // require, not import(): ts-jest (the e2e test) cannot run a dynamic import without ESM support
    playwright = require("playwright-core") as typeof import("playwright-core");
  } catch {
    return "playwright-core is not installed (a dev dependency: npm ci)";
  }
  const dir = options.demoDir ?? ensureBenchDemo(options.root, log);
  const { startDemoServer } = require(join(options.root, "scripts", "serve-demo.js")) as {
    startDemoServer(o: {
      root: string;
      port: number;
    }): Promise<{ url: string; close(): Promise<void> }>;
  };
  const server = await startDemoServer({ root: dir, port: 0 });
  const browser = await playwright.chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const o = {
    seed: options.seed,
    checkActions: options.checkActions ?? [60, 1_000, 10_000],
    recheckActions: options.recheckActions ?? 1_000,
    runs: options.runs ?? 3,
  };
  const notes: string[] = [];
  try {
    const profiles: PaneProfile[] = [];
    for (const latency of options.latencies ?? [0, 50]) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: "en-GB",
        timezoneId: "Europe/London",
      });
      await context.addInitScript(js.MARK_USABLE);
      try {
        profiles.push(
          await measureProfile(new Harness(context, server.url), latency, o, log, notes)
        );
      } finally {
        await context.close();
      }
    }
    return { browser: `Chromium ${browser.version()}`, ...o, profiles, notes } as PaneResult;
  } finally {
    await browser.close();
    await server.close();
  }
}
