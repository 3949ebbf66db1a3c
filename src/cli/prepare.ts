import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { readXlsxGrid } from "../adapters/xlsx/readPackage";
import { nodeInflater } from "../adapters/xlsx/readZipNode";
import { preparePackage, type AgreedHeader } from "../adapters/xlsx/package/tidy";
import { notXlsxReason } from "../adapters/xlsx/sniff";
import { checkWorkbook } from "../core/engine";
import type { Config } from "../core/schema";
import { withStatusColumn } from "../core/tidy/manifest";
import { planTidy, type TidyTable } from "../core/tidy/plan";
import { TOOL_NAME } from "../core/version";

export interface PrepareOptions {
  readonly config: Config;
  readonly asOf: string;
  readonly out: string;
  /** Consent to add the offered status column (its header) where a table has none. */
  readonly addStatusColumn: boolean;
  /** Take out what an earlier prepare added instead. */
  readonly undo: boolean;
}

type PrepareIo = { readonly out: (t: string) => void; readonly err: (t: string) => void };

/** "plan.xlsx" → "plan.prepared.xlsx"; a prepared copy keeps its name; undo gives back "plan.xlsx". */
export function preparedName(path: string, undo: boolean): string {
  const ext = extname(path) || ".xlsx";
  const base = basename(path, extname(path)).replace(/\.prepared$/i, "");
  return undo ? `${base}${ext}` : `${base}.prepared${ext}`;
}

function describe(t: TidyTable): string[] {
  const lines: string[] = [];
  if (t.statusRange && t.statusList) {
    const whose = t.statusList.source === "plan" ? "the plan's own words" : "a standard set";
    lines.push(`status dropdown on ${t.statusRange} (${whose}: ${t.statusList.words.join(", ")})`);
    if (t.statusRules.length)
      lines.push(
        `colour rules on ${t.statusRange} for ${t.statusRules.map((r) => r.text).join(", ")}`
      );
  }
  if (t.dueRange) lines.push(`date prompt on ${t.dueRange}`);
  return lines;
}

/**
 * `prepare FILE... --out DIR`: a copy of each workbook that keeps itself in shape (a status dropdown,
 * colour rules, a due-date prompt), or with --undo the copy without them. The input is never written.
 * Exit 0 when every copy was written, 2 when a file could not be read or written.
 */
export async function runPrepare(
  paths: readonly string[],
  options: PrepareOptions,
  io: PrepareIo
): Promise<number> {
  let code = 0;
  await mkdir(options.out, { recursive: true });
  for (const path of paths) {
    const failed = await prepareOne(path, options, io);
    if (failed) {
      io.err(`${TOOL_NAME}: ${basename(path)}: ${failed}\n`);
      code = 2;
    }
  }
  return code;
}

const notFound = (n: number) =>
  n ? `; ${n} recorded but no longer found as written (edited since?), left alone` : "";

/** Returns why the file failed, or null when its copy was written. */
async function prepareOne(
  path: string,
  options: PrepareOptions,
  io: PrepareIo
): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`;
  }
  const reason = notXlsxReason(bytes);
  if (reason) return reason;
  const out = join(options.out, preparedName(path, options.undo));
  if (resolve(out) === resolve(path)) return `not written: the copy would replace the file itself.`;
  try {
    // what an earlier prepare added comes out first, so the plan is read from the workbook as it was
    const undone = preparePackage(bytes, [], [], { undo: true });
    if (options.undo) {
      await writeFile(out, undone.bytes);
      io.out(
        `${basename(path)}: removed ${undone.removed} additions of an earlier prepare${notFound(undone.notFound)}\n`
      );
      io.err(`wrote ${out}\n`);
      return null;
    }
    const clean = undone.bytes;
    const grid = await readXlsxGrid(clean, { skipOwnSheets: true, inflater: nodeInflater });
    const report = checkWorkbook(grid, options.config, options.asOf, basename(path));
    const plan = planTidy(report, grid);
    const tables: TidyTable[] = [];
    const headers: AgreedHeader[] = [];
    const lines: string[] = [];
    for (const t of plan) {
      const table = report.tables.find((x) => x.key === t.tableKey);
      const agreed = options.addStatusColumn && table ? withStatusColumn(t, table) : null;
      if (agreed) {
        headers.push({ sheet: t.sheet, ...agreed.header });
        tables.push(agreed.tidy);
        lines.push(
          `  ${t.sheet}: added the status column "${agreed.header.text}" in column ${t.offerStatusColumn?.column}`
        );
      } else tables.push(t);
      for (const l of describe(agreed?.tidy ?? t)) lines.push(`  ${t.sheet}: ${l}`);
      if (t.offerStatusColumn && !agreed)
        lines.push(
          `  ${t.sheet}: this table has no status column. Offer: a "${t.offerStatusColumn.header}" column in ` +
            `column ${t.offerStatusColumn.column}, with a dropdown and colour rules; run again with --add-status-column to add it.`
        );
    }
    const result = preparePackage(clean, tables, headers);
    await writeFile(out, result.bytes);
    const again = undone.removed ? ` (${undone.removed} of an earlier prepare replaced)` : "";
    io.out(
      `${basename(path)}: ${result.added.length} additions${again}${notFound(undone.notFound)}\n`
    );
    for (const l of lines) io.out(`${l}\n`);
    for (const s of result.skipped) io.out(`  ${s}\n`);
    io.err(`wrote ${out}\n`);
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  }
}
