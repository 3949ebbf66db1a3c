import type { CliResult } from "./cli";
import type { PaneProfile, PaneResult } from "./pane";
import type { TargetCheck } from "./report";

/** Issue 18's targets for what a person waits for, on this 2-core machine, without modelled latency. */
export const WAIT_TARGETS = {
  loadMs: 1000,
  checkMs: { 60: 150, 1000: 500 } as Readonly<Record<number, number>>,
  recheckMs: 100,
  workerSpeedup: 1.7,
} as const;

function upTo(
  id: string,
  target: string,
  ms: number | null | undefined,
  limit: number,
  note?: string
): TargetCheck {
  if (ms === null || ms === undefined)
    return { id, target, measured: "not measured", status: "n/a" };
  return {
    id,
    target,
    measured: `${ms} ms`,
    status: ms <= limit ? "PASS" : "MISS",
    ...(note ? { note } : {}),
  };
}

function paneTargets(p: PaneProfile): TargetCheck[] {
  const out = [upTo("pane-load", "pane usable ≤ 1 s", p.loadMs, WAIT_TARGETS.loadMs)];
  for (const [actions, limit] of Object.entries(WAIT_TARGETS.checkMs)) {
    out.push(
      upTo(
        `pane-check-${actions}`,
        `check → results ≤ ${limit} ms at ${Number(actions).toLocaleString("en-GB")} actions`,
        p.checkMs[actions],
        limit
      )
    );
  }
  out.push(
    upTo(
      "pane-recheck-1000",
      "re-check after a one-cell edit ≤ 100 ms at 1,000 actions (edit → list updated)",
      p.recheckMs,
      WAIT_TARGETS.recheckMs,
      p.recheckWorkMs === null
        ? undefined
        : `${p.recheckWorkMs} ms of it from the pane's first Excel.run; path: ${p.recheckScope ?? "not seen"}`
    )
  );
  return out;
}

/** The pane's and the command line's targets; the pane's are judged on the profile without latency. */
export function judgeWait(pane: PaneResult | null, cli: CliResult | null): TargetCheck[] {
  const out: TargetCheck[] = [];
  const instant = pane?.profiles.find((p) => p.syncLatencyMs === 0);
  if (instant) out.push(...paneTargets(instant));
  if (cli) {
    const [one, two] = cli.folderByJobs;
    out.push({
      id: "cli-workers",
      target: `a folder of ${cli.folderFiles} workbooks ≥ ${WAIT_TARGETS.workerSpeedup}× faster on 2 worker threads than on 1`,
      measured: `${cli.workerSpeedup}× (${one?.ms ?? "?"} ms → ${two?.ms ?? "?"} ms)`,
      status: cli.workerSpeedup >= WAIT_TARGETS.workerSpeedup ? "PASS" : "MISS",
    });
  }
  return out;
}
