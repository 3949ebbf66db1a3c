import { readFile, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
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
import type { Config, WorkbookReport } from "../core/schema";
import type { SinceLast } from "../core/summary";
import type * as Outputs from "./outputs";
import { TOOL_NAME, TOOL_VERSION } from "../core/version";

type Loaded =
  | { ok: true; actions: ComparableAction[]; bytes: Buffer; report: WorkbookReport }
  | { ok: false; error: string };

export interface CompareOptions {
  readonly format: "text" | "json";
  readonly config: Config;
  readonly asOf: string;
  /** Where to write the new version's checked copy (with "Since last report") and the comparison JSON. */
  readonly out?: string;
  /** With out: also append the dated row (and trend chart) to the copy's "RAG History". */
  readonly snapshot?: boolean;
}

type CompareIo = { readonly out: (t: string) => void; readonly err: (t: string) => void };

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
    return { ok: true, actions: comparableActions(report, grid), bytes, report };
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
  options: CompareOptions,
  io: CompareIo
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
  const code = report(
    comparison,
    oldPath,
    newPath,
    before.actions.length,
    after.actions.length,
    options,
    io
  );
  if (code !== 0 || !options.out) return code;
  const since = { comparison, against: basename(oldPath), onePlan: true };
  return writeOutputs(newPath, after, comparison, basename(oldPath), since, options, io);
}

/**
 * `compare NEW`: the file against the snapshot its last summary stored (core/snapshot), so next quarter's
 * comparison needs no old file and a slip counts how many times it has happened. Exit 2 when there is none.
 */
export async function runCompareWithSnapshot(
  path: string,
  options: CompareOptions,
  io: CompareIo
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
  const code = report(
    comparison,
    label,
    path,
    stored.value.actions.length,
    now.actions.length,
    options,
    io
  );
  if (code !== 0 || !options.out) return code;
  // the copy's summary finds the same snapshot in the workbook and compares with it itself
  return writeOutputs(path, now, comparison, label, undefined, options, io);
}

/** The JSON document of a comparison, as printed with --format json and written by --out. */
function comparisonDoc(comparison: Comparison, oldName: string, newName: string, asOf: string) {
  return {
    tool: TOOL_NAME,
    version: TOOL_VERSION,
    asOf,
    old: basename(oldName),
    new: basename(newName),
    ...comparison,
  };
}

/**
 * compare --out DIR: the new version's checked copy (highlights, the summary with its "Since last report"
 * section, the snapshot for next time) and NAME.comparison.json, the JSON of --format json. The inputs
 * are never written. Exit 2 when either cannot be written.
 */
async function writeOutputs(
  newPath: string,
  loaded: Extract<Loaded, { ok: true }>,
  comparison: Comparison,
  oldName: string,
  since: SinceLast | undefined,
  options: CompareOptions,
  io: CompareIo
): Promise<number> {
  const dir = options.out ?? ".";
  // loaded when a copy is wanted, as check does: the writers' module pulls in ExcelJS
  const { writeCheckedCopies } = require("./outputs") as typeof Outputs;
  const copies = await writeCheckedCopies(
    [{ path: newPath, report: loaded.report, bytes: loaded.bytes }],
    options.config,
    options.asOf,
    dir,
    {
      snapshot: options.snapshot ?? false,
      onSkip: (message) => io.err(`${message}\n`),
      ...(since ? { since } : {}),
    }
  );
  for (const f of copies.failed) io.err(`${TOOL_NAME}: ${f.error}\n`);
  const json = join(dir, `${basename(newPath, extname(newPath))}.comparison.json`);
  const doc = comparisonDoc(comparison, oldName, newPath, options.asOf);
  try {
    await writeFile(json, `${JSON.stringify(doc, null, 2)}\n`);
  } catch (e) {
    io.err(`${TOOL_NAME}: ${json} could not be written (${(e as Error).message}).\n`);
    return 2;
  }
  for (const w of [...copies.written, json]) io.err(`wrote ${w}\n`);
  return copies.failed.length > 0 ? 2 : 0;
}

function report(
  comparison: Comparison,
  oldPath: string,
  newPath: string,
  oldCount: number,
  newCount: number,
  options: { readonly format: "text" | "json"; readonly asOf: string },
  io: CompareIo
): number {
  if (!looksLikeOnePlan(comparison)) {
    io.err(
      `${TOOL_NAME}: ${basename(oldPath)} and ${basename(newPath)} do not look like two versions of one plan ` +
        `(${comparison.counts.matched} of ${Math.min(oldCount, newCount)} actions matched).\n`
    );
    return 2;
  }
  if (options.format === "json") {
    const doc = comparisonDoc(comparison, oldPath, newPath, options.asOf);
    io.out(`${JSON.stringify(doc, null, 2)}\n`);
  } else io.out(`${formatComparison(oldPath, newPath, comparison)}\n`);
  return 0;
}
