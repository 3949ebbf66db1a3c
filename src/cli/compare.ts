import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { notXlsxReason } from "../adapters/xlsx/sniff";
import { readXlsxGrid } from "../adapters/xlsx/readPackage";
import { WorkbookPackage } from "../adapters/xlsx/package/workbookPackage";
import { asSnapshotSide, snapshotFromXml } from "../core/snapshot";
import { nodeInflater } from "../adapters/xlsx/readZipNode";
import {
  actionLabel,
  comparePlans,
  comparisonHeadline,
  describeChange,
  looksLikeOnePlan,
  type ComparableAction,
  type Comparison,
} from "../core/compare";
import { comparableActions } from "../core/compare/fromReport";
import { checkWorkbook } from "../core/engine";
import type { Config } from "../core/schema";
import { TOOL_NAME, TOOL_VERSION } from "../core/version";

type Loaded =
  { ok: true; actions: ComparableAction[]; bytes: Buffer } | { ok: false; error: string };

async function load(path: string, config: Config, asOf: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return {
      ok: false,
      error: `${basename(path)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
    };
  }
  const reason = notXlsxReason(bytes);
  if (reason) return { ok: false, error: `${basename(path)}: ${reason}` };
  try {
    const grid = await readXlsxGrid(bytes, { skipOwnSheets: true, inflater: nodeInflater });
    const report = checkWorkbook(grid, config, asOf, basename(path));
    return { ok: true, actions: comparableActions(report, grid), bytes };
  } catch (e) {
    return { ok: false, error: `${basename(path)}: ${(e as Error).message}` };
  }
}

/** The comparison as the CLI prints it: the headline, then each action that moved, then added and removed. */
export function formatComparison(oldFile: string, newFile: string, c: Comparison): string {
  const lines = [`${basename(oldFile)} → ${basename(newFile)}: ${comparisonHeadline(c)}`];
  const changed = c.matched.filter((m) => m.changes.length > 0);
  if (changed.length) lines.push("", "Changed:");
  for (const m of changed) {
    const where = `${m.new.sheet}!${m.new.row}`;
    const guess =
      m.confidence < 0.8 ? ` (matched with ${Math.round(m.confidence * 100)}% confidence)` : "";
    lines.push(`  ${where}  ${actionLabel(m.new)}${guess}`);
    for (const ch of m.changes) lines.push(`      ${describeChange(ch)}`);
  }
  if (c.added.length) lines.push("", "Added:");
  for (const a of c.added) lines.push(`  ${a.sheet}!${a.row}  ${actionLabel(a)}`);
  if (c.removed.length) lines.push("", "Removed:");
  for (const a of c.removed) lines.push(`  (was ${a.sheet}!${a.row})  ${actionLabel(a)}`);
  return lines.join("\n");
}

/** `compare OLD NEW`: exit 0 when compared, 2 when either file is unreadable or they are not one plan. */
export async function runCompare(
  oldPath: string,
  newPath: string,
  options: { readonly format: "text" | "json"; readonly config: Config; readonly asOf: string },
  io: { readonly out: (t: string) => void; readonly err: (t: string) => void }
): Promise<number> {
  const [before, after] = await Promise.all([
    load(oldPath, options.config, options.asOf),
    load(newPath, options.config, options.asOf),
  ]);
  const failed = [before, after].flatMap((l) => (l.ok ? [] : [l.error]));
  if (!before.ok || !after.ok) {
    for (const e of failed) io.err(`${TOOL_NAME}: ${e}\n`);
    return 2;
  }
  const comparison = comparePlans(before.actions, after.actions);
  return report(
    comparison,
    oldPath,
    newPath,
    before.actions.length,
    after.actions.length,
    options,
    io
  );
}

/**
 * `compare NEW`: the file against the snapshot its last summary stored (core/snapshot), so next quarter's
 * comparison needs no old file and a slip counts how many times it has happened. Exit 2 when there is none.
 */
export async function runCompareWithSnapshot(
  path: string,
  options: { readonly format: "text" | "json"; readonly config: Config; readonly asOf: string },
  io: { readonly out: (t: string) => void; readonly err: (t: string) => void }
): Promise<number> {
  const now = await load(path, options.config, options.asOf);
  if (!now.ok) {
    io.err(`${TOOL_NAME}: ${now.error}\n`);
    return 2;
  }
  let xml: string | null;
  try {
    xml = new WorkbookPackage(now.bytes).readSnapshot();
  } catch (e) {
    io.err(`${TOOL_NAME}: ${basename(path)}: ${(e as Error).message}\n`);
    return 2;
  }
  if (xml === null) {
    io.err(
      `${TOOL_NAME}: ${basename(path)} holds no snapshot of an earlier report to compare with. A checked ` +
        `copy (check --out) keeps one; or name the earlier version: compare OLD.xlsx NEW.xlsx.\n`
    );
    return 2;
  }
  const stored = snapshotFromXml(xml);
  if (!stored.ok) {
    io.err(
      `${TOOL_NAME}: ${basename(path)}: its stored snapshot cannot be used (${stored.error}).\n`
    );
    return 2;
  }
  const comparison = comparePlans(stored.value.actions, asSnapshotSide(now.actions));
  const label = `snapshot of ${stored.value.asOf}`;
  return report(
    comparison,
    label,
    path,
    stored.value.actions.length,
    now.actions.length,
    options,
    io
  );
}

function report(
  comparison: Comparison,
  oldPath: string,
  newPath: string,
  oldCount: number,
  newCount: number,
  options: { readonly format: "text" | "json"; readonly asOf: string },
  io: { readonly out: (t: string) => void; readonly err: (t: string) => void }
): number {
  if (!looksLikeOnePlan(comparison)) {
    io.err(
      `${TOOL_NAME}: ${basename(oldPath)} and ${basename(newPath)} do not look like two versions of one plan ` +
        `(${comparison.counts.matched} of ${Math.min(oldCount, newCount)} actions matched).\n`
    );
    return 2;
  }
  if (options.format === "json") {
    const doc = {
      tool: TOOL_NAME,
      version: TOOL_VERSION,
      asOf: options.asOf,
      old: basename(oldPath),
      new: basename(newPath),
      ...comparison,
    };
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else io.out(`${formatComparison(oldPath, newPath, comparison)}\n`);
  return 0;
}
