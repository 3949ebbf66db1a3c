import type { Issue, Report, WorkbookReport, WorkbookVerdict } from "../core/schema";
import { basename } from "node:path";
import { shorten } from "../core/messages";
import { verdictSentence } from "../core/verdict";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function issueLine(file: string, issue: Issue): string {
  return `  ${file} › ${issue.sheet}!${issue.cell}  ${issue.severity.padEnd(7)}  ${issue.code.padEnd(17)}  ${issue.message}`;
}

/** Section headings can be paragraphs: the heading's opening words, cut at a word. */
const SECTION_MAX = 70;

/** The verdict, then each reason with the actions it names, one a line. */
function verdictLines(verdict: WorkbookVerdict): string[] {
  const lines = [` ${verdictSentence(verdict)}`];
  for (const r of verdict.reasons) {
    lines.push(`   ${r.text}:`);
    for (const a of r.actions)
      lines.push(`     ${a.sheet}!${a.cell}  ${a.ref ? `${a.ref} ` : ""}${a.action}`);
  }
  return lines;
}

function workbookLines(book: WorkbookReport): string[] {
  const file = basename(book.file);
  // one line: the reason already names the file
  if (book.error) return [`  ${file}  error  unreadable  ${book.error}`];
  const lines = [file];
  if (book.tables.length === 0)
    lines.push(`  ${file}  warning  no-plan  No action table was found in this workbook.`);
  for (const t of book.tables) {
    const section = t.section ? ` — ${shorten(t.section, SECTION_MAX)}` : "";
    lines.push(` ${t.sheet}!${t.range}${section} (${plural(t.actions.length, "action")})`);
    const issues = [...t.issues, ...t.actions.flatMap((a) => a.issues)].sort(
      (a, b) => a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
    );
    for (const i of issues) lines.push(issueLine(file, i));
  }
  for (const i of book.issues) lines.push(issueLine(file, i));
  if (book.verdict && book.tables.length > 0) lines.push(...verdictLines(book.verdict));
  return lines;
}

export interface Totals {
  workbooks: number;
  unreadable: number;
  /** Readable workbooks whose verdict is "not ready". */
  notReady: number;
  tables: number;
  actions: number;
  errors: number;
  warnings: number;
  infos: number;
  ratings: Record<string, number>;
}

export function totals(report: Report): Totals {
  const t: Totals = {
    workbooks: report.workbooks.length,
    unreadable: 0,
    notReady: 0,
    tables: 0,
    actions: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    ratings: { red: 0, amber: 0, green: 0, complete: 0, "not-rated": 0 },
  };
  for (const b of report.workbooks) {
    if (b.error) t.unreadable++;
    else if (b.verdict && !b.verdict.ready) t.notReady++;
    const all = [
      ...b.issues,
      ...b.tables.flatMap((x) => [...x.issues, ...x.actions.flatMap((a) => a.issues)]),
    ];
    for (const i of all) {
      if (i.severity === "error") t.errors++;
      else if (i.severity === "warning") t.warnings++;
      else t.infos++;
    }
    for (const table of b.tables) {
      t.tables++;
      for (const a of table.actions) {
        t.actions++;
        t.ratings[a.rag] = (t.ratings[a.rag] ?? 0) + 1;
      }
    }
  }
  return t;
}

/** Linter-style text: a line per issue, grouped by workbook and table, then one summary line. */
export function formatText(report: Report): string {
  const lines = report.workbooks.flatMap((b) => [...workbookLines(b), ""]);
  const t = totals(report);
  const r = t.ratings;
  lines.push(
    `${plural(t.workbooks, "workbook")}${t.unreadable ? ` (${t.unreadable} unreadable)` : ""}, ${plural(t.tables, "table")}, ` +
      `${plural(t.actions, "action")} as of ${report.asOf}: ${plural(t.errors, "error")}, ${plural(t.warnings, "warning")} | ` +
      `Red ${r.red} · Amber ${r.amber} · Green ${r.green} · Complete ${r.complete} · Not rated ${r["not-rated"]}` +
      (t.notReady ? ` | ${t.notReady} not ready to submit` : "")
  );
  return lines.join("\n");
}
