import type { BenchReport, SizeReport } from "./report";
import { formatWait } from "./formatWait";
import { MB, round } from "./stats";
import { TARGETS } from "./targets";

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const n = (x: number) => Math.round(x).toLocaleString("en-GB");
const mb = (bytes: number) => `${round(bytes / MB, 2)} MB`;

function engineRow(s: SizeReport): string[] {
  return [
    n(s.rows),
    `${round(s.engineMs, 0)} ms`,
    n(s.rowsPerSec),
    `${round(s.usPerRow, 2)}`,
    `${round(s.stagesMs.check, 0)} / ${round(s.stagesMs.highlight, 0)} / ${round(s.stagesMs.summary, 0)}`,
    `${round(s.peakMB, 0)} MB`,
    `${round(s.peakHeapMB, 0)} MB`,
    `${n(s.actionsFound)} / ${s.tables}`,
  ];
}

function officeRows(s: SizeReport): string[][] {
  if (!s.office) return [];
  return (["check", "highlight", "summary"] as const).map((op) => {
    const t = s.office![op];
    return [
      `${n(s.rows)} ${op}`,
      `${t.syncs}${t.rejectedSyncs ? ` (${t.rejectedSyncs} rejected)` : ""}`,
      n(t.queuedOps),
      mb(t.maxRequestBytes),
      mb(t.maxResponseBytes),
      `${round(t.ms, 0)} ms`,
      t.error ? `FAILED: ${t.error}` : "",
    ];
  });
}

function peerRows(s: SizeReport): string[][] {
  const p = s.peers;
  if (!p) return [];
  return [
    [
      `${n(s.rows)} tableschema`,
      `${round(p.tableschema.ms, 0)} ms vs engine ${round(s.engineMs, 0)} ms`,
      `${round(p.tableschema.ratio, 2)}× (its time / ours)`,
    ],
    [
      `${n(s.rows)} ExcelJS read`,
      `load ${round(p.exceljsRead.exceljsLoadMs, 0)} ms, package reader to grid ${round(p.exceljsRead.readGridMs, 0)} ms (${mb(p.exceljsRead.fileBytes)} file)`,
      `engine = ${round(p.exceljsRead.ratio * 100, 0)}% of the load`,
    ],
    ...(p.cliCheck
      ? [
          [
            `${n(s.rows)} CLI file → report`,
            `${round(p.cliCheck.ms, 0)} ms, peak RSS ${round(p.cliCheck.maxRssMB, 0)} MB (package reader + engine)`,
            `ExcelJS's load alone ${round(p.cliCheck.speedup ?? 0, 1)}× as long`,
          ],
        ]
      : []),
    [
      `${n(s.rows)} naive Office.js`,
      `${n(p.naiveOffice.syncs)} syncs, ${n(p.naiveOffice.queuedOps)} ops vs ours ${p.naiveOffice.oursSyncs}`,
      `${n(p.naiveOffice.syncRatio)}× the syncs`,
    ],
  ];
}

/** The report as a readable page: figures per size, peers, then each target with PASS or MISS. */
export function formatReport(r: BenchReport): string {
  const out: string[] = [];
  out.push(
    `Action Plan Checker benchmark — ${r.date.slice(0, 10)}, ${r.machine.nproc} × ${r.machine.cpu}, Node ${r.machine.node}, seed ${r.seed}`,
    "",
    "Engine: detect + check + rate + summarise (median of runs)",
    table(
      [
        "rows",
        "time",
        "rows/s",
        "µs/row",
        "check/highlight/summary ms",
        "peak RSS",
        "peak heap",
        "actions / tables",
      ],
      r.sizes.map(engineRow)
    )
  );
  if (r.growth) {
    out.push(
      `Growth ${n(r.growth.from)} → ${n(r.growth.to)}: time per row ×${round(r.growth.ratio, 2)} (target ≤ ${TARGETS.growth})`
    );
  }
  const office = r.sizes.flatMap(officeRows);
  if (office.length) {
    out.push(
      "",
      "Office round trips through the fake Excel host",
      table(["operation", "syncs", "queued ops", "max request", "max response", "time", ""], office)
    );
  }
  const peers = r.sizes.flatMap(peerRows);
  if (peers.length)
    out.push("", "Peers on the same rows", table(["peer", "measured", "ratio"], peers));
  if (r.bundle) {
    out.push(
      "",
      `Task pane initial JS: ${round(r.bundle.initialGzipBytes / 1024, 1)} KB gzipped (${r.bundle.initialFiles.map((f) => f.file).join(", ")}; all JS ${round(r.bundle.allJsGzipBytes / 1024, 1)} KB; dist built ${r.bundle.builtAt})`
    );
  }
  out.push(...formatWait(r.pane ?? null, r.cli ?? null), ...(r.skipped ?? []));
  out.push(
    "",
    "Targets",
    table(
      ["", "target", "measured", "note"],
      r.targets.map((t) => [t.status, t.target, t.measured, t.note ?? ""])
    ),
    ""
  );
  return out.join("\n");
}
