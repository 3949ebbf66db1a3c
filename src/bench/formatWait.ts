import type { CliResult } from "./cli";
import type { PaneResult } from "./pane";

const ms = (x: number | null | undefined): string =>
  x === null || x === undefined ? "—" : `${x} ms`;

/** The pane's and the command line's figures as text lines (issue 18), for formatReport. */
export function formatWait(pane: PaneResult | null, cli: CliResult | null): string[] {
  const out: string[] = [];
  if (pane) {
    out.push("", `The pane in ${pane.browser} (median of ${pane.runs}; 10,000 actions once)`);
    for (const p of pane.profiles) {
      const checks = pane.checkActions
        .map(
          (a) =>
            `${a.toLocaleString("en-GB")}: ${ms(p.checkMs[a])} (free again ${ms(p.checkDoneMs[a])}, ${p.checkSyncs[a] ?? "?"} syncs)`
        )
        .join(", ");
      out.push(
        `  ${p.syncLatencyMs} ms per sync: usable ${ms(p.loadMs)} (harness page ${ms(p.harnessLoadMs)}); check ${checks}`,
        `    at ${pane.recheckActions.toLocaleString("en-GB")} actions: re-check after an edit ${ms(p.recheckMs)} (${ms(p.recheckWorkMs)} from its first run; ${p.recheckScope ?? "path not seen"}, ${p.recheckSyncs ?? "?"} syncs), summary ${ms(p.summaryMs)}`
      );
    }
  }
  if (pane) out.push(...pane.notes.map((note) => `  ${note}`));
  if (cli) {
    const files = cli.fileMs.map((f) => `${f.rows.toLocaleString("en-GB")} rows ${ms(f.ms)}`);
    const jobs = cli.folderByJobs.map(
      (j) => `${j.jobs} worker${j.jobs === 1 ? "" : "s"} ${ms(j.ms)}`
    );
    out.push(
      "",
      "The command line",
      `  start-up (--help) ${ms(cli.startMs)}; one file: ${files.join(", ")}`,
      `  ${cli.folderFiles} workbooks: ${ms(cli.folderMs)} (${cli.filesPerSec} files/s); ${jobs.join(", ")}: ${cli.workerSpeedup}×`
    );
  }
  return out;
}
