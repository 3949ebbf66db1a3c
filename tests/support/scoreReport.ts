/**
 * Scores a JSON report against hand-labelled truth files, the same way the fixtures' score.mjs does,
 * but returning the figures so a test can hold each one to its own target.
 */
import type { Report } from "../../src/core/schema";

export const SCORED_CODES = [
  "missing-owner",
  "placeholder-owner",
  "missing-due",
  "unparsed-date",
  "end-before-start",
  "open-ended",
] as const;

interface TruthAction {
  row: number;
  ref: string | null;
  action: string;
  owner: string | null;
  timescale: string | null;
  start: string | null;
  due: string | null;
  ongoing: boolean;
  cadence: string | null;
  expect: string[];
}
export interface Truth {
  workbook: string;
  asOf: string;
  tables: {
    sheet: string;
    headerRow: number;
    section: string;
    columns: Record<string, string>;
    actions: TruthAction[];
  }[];
}

export interface PR {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const pr = (tp: number, fp: number, fn: number): PR => ({
  tp,
  fp,
  fn,
  precision: tp + fp ? tp / (tp + fp) : 1,
  recall: tp + fn ? tp / (tp + fn) : 1,
});

export interface Score {
  /**
   * Tables found: a truth table is found when the report has a table with its sheet and header row; a
   * reported table is right when it is one of the truth's, or a part of one (its rows are truth rows).
   */
  tables: PR;
  rows: PR;
  columns: number;
  dueMonth: number;
  flags: Record<(typeof SCORED_CODES)[number], PR>;
  /** Disagreements, for the printed diagnosis. */
  misses: string[];
}

export function score(report: Report, truths: readonly Truth[]): Score {
  let matched = 0,
    extra = 0,
    truthRows = 0,
    cols = 0,
    colsOk = 0,
    due = 0,
    dueOk = 0;
  const flags = Object.fromEntries(SCORED_CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    (typeof SCORED_CODES)[number],
    { tp: number; fp: number; fn: number }
  >;
  const misses: string[] = [];
  const tables = { tp: 0, fp: 0, fn: 0 };
  for (const truth of truths) {
    const book = report.workbooks.find((b) => b.file === truth.workbook);
    countTables(truth, book, tables, misses);
    const got = new Map<
      string,
      {
        a: Report["workbooks"][0]["tables"][0]["actions"][0];
        t: Report["workbooks"][0]["tables"][0];
      }
    >();
    for (const t of book?.tables ?? [])
      for (const a of t.actions) got.set(`${t.sheet}!${a.row}`, { a, t });
    const truthKeys = new Set<string>();
    for (const t of truth.tables) {
      const first = t.actions[0] && got.get(`${t.sheet}!${t.actions[0].row}`);
      const gt =
        first?.t ?? book?.tables.find((g) => g.sheet === t.sheet && g.headerRow === t.headerRow);
      for (const [field, letter] of Object.entries(t.columns)) {
        cols++;
        if (gt && (gt.columns as Record<string, string>)[field] === letter) colsOk++;
        else
          misses.push(
            `${truth.workbook} ${t.sheet}!${t.headerRow} column ${field}=${letter} got ${gt ? (gt.columns as Record<string, string>)[field] : "no table"}`
          );
      }
      for (const a of t.actions) {
        truthRows++;
        const key = `${t.sheet}!${a.row}`;
        truthKeys.add(key);
        const g = got.get(key)?.a;
        if (g) matched++;
        else misses.push(`${truth.workbook} ${key} action row missed`);
        due++;
        if (g && (g.due ?? "").slice(0, 7) === (a.due ?? "").slice(0, 7)) dueOk++;
        else if (g)
          misses.push(
            `${truth.workbook} ${key} due ${a.due} got ${g.due} from ${JSON.stringify(a.timescale)}`
          );
        const codes = new Set((g?.issues ?? []).map((i) => i.code));
        for (const c of SCORED_CODES) {
          const want = a.expect.includes(c);
          const has = codes.has(c);
          if (want && has) flags[c].tp++;
          else if (want) {
            flags[c].fn++;
            misses.push(`${truth.workbook} ${key} missing flag ${c}`);
          } else if (has) {
            flags[c].fp++;
            misses.push(`${truth.workbook} ${key} extra flag ${c}`);
          }
        }
      }
    }
    for (const [key, { a }] of got) {
      if (truthKeys.has(key)) continue;
      extra++;
      misses.push(`${truth.workbook} ${key} is not an action in the truth`);
      for (const i of a.issues)
        if (i.code in flags) flags[i.code as (typeof SCORED_CODES)[number]].fp++;
    }
  }
  return {
    tables: pr(tables.tp, tables.fp, tables.fn),
    rows: pr(matched, extra, truthRows - matched),
    columns: cols ? colsOk / cols : 1,
    dueMonth: due ? dueOk / due : 1,
    flags: Object.fromEntries(
      SCORED_CODES.map((c) => [c, pr(flags[c].tp, flags[c].fp, flags[c].fn)])
    ) as Score["flags"],
    misses,
  };
}

/** Adds one workbook's tables found, missed and reported wrongly to `n`. */
function countTables(
  truth: Truth,
  book: Report["workbooks"][0] | undefined,
  n: { tp: number; fp: number; fn: number },
  misses: string[]
): void {
  const got = book?.tables ?? [];
  const header = (sheet: string, row: number) => `${sheet}!${row}`;
  const gotHeaders = new Set(got.map((t) => header(t.sheet, t.headerRow)));
  const truthHeaders = new Set(truth.tables.map((t) => header(t.sheet, t.headerRow)));
  const truthRows = new Set(
    truth.tables.flatMap((t) => t.actions.map((a) => `${t.sheet}!${a.row}`))
  );
  for (const t of truth.tables) {
    if (gotHeaders.has(header(t.sheet, t.headerRow))) n.tp++;
    else {
      n.fn++;
      misses.push(`${truth.workbook} table with header ${t.sheet}!${t.headerRow} not found`);
    }
  }
  for (const t of got) {
    if (truthHeaders.has(header(t.sheet, t.headerRow))) continue;
    // a part of a truth table (a section heading inside it) holds the truth's rows: not a wrong table
    if (t.actions.length > 0 && t.actions.every((a) => truthRows.has(`${t.sheet}!${a.row}`)))
      continue;
    if (t.actions.length === 0 && truth.tables.length > 0) continue;
    n.fp++;
    misses.push(`${truth.workbook} table at ${t.sheet}!${t.headerRow} is not in the truth`);
  }
}
