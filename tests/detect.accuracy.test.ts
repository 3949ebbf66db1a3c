/**
 * Detection scored against the hand-labelled fixtures, table by table as `tests/support/score.mjs` matches
 * them: action rows (precision and recall), column mapping, section, ref, action text, owner and timescale.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrid } from "../src/adapters/xlsx/read";
import { detectWorkbook } from "../src/core/detect";
import type { DetectedRow, DetectedTable } from "../src/core/detect/types";
import { columnLetter } from "../src/core/grid/a1";

const FIXTURES = join(__dirname, "fixtures");
const WORKBOOKS = [
  "000-southwark-priority4",
  "001-southwark-underperforming",
  "002-southend-sen-strategy",
];

interface TruthAction {
  row: number;
  ref: string | null;
  action: string;
  owner: string | null;
  timescale: string | null;
}
interface TruthTable {
  sheet: string;
  headerRow: number;
  section: string;
  columns: Record<string, string>;
  actions: TruthAction[];
}

interface Tally {
  truthRows: number;
  foundRows: number;
  matched: number;
  cols: number;
  colsOk: number;
  sections: number;
  sectionsExact: number;
  sectionsPrefix: number;
  refOk: number;
  actionOk: number;
  ownerOk: number;
  timescaleOk: number;
  misses: string[];
}

const tally = (): Tally => ({
  truthRows: 0,
  foundRows: 0,
  matched: 0,
  cols: 0,
  colsOk: 0,
  sections: 0,
  sectionsExact: 0,
  sectionsPrefix: 0,
  refOk: 0,
  actionOk: 0,
  ownerOk: 0,
  timescaleOk: 0,
  misses: [],
});

function add(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) {
    if (k === "misses") into.misses.push(...t.misses);
    else into[k] += t[k];
  }
}

async function score(book: string): Promise<Tally> {
  const truth = JSON.parse(readFileSync(join(FIXTURES, `${book}.truth.json`), "utf8")) as {
    tables: TruthTable[];
  };
  const wb = await readWorkbookGrid(readFileSync(join(FIXTURES, `${book}.xlsx`)));
  const tables = detectWorkbook(wb);
  const got = new Map<string, { row: DetectedRow; table: DetectedTable }>();
  for (const table of tables)
    for (const row of table.rows) got.set(`${table.sheet}!${row.row}`, { row, table });
  const s = tally();
  s.foundRows = got.size;
  const truthKeys = new Set<string>();
  for (const t of truth.tables) {
    const first = t.actions[0] && got.get(`${t.sheet}!${t.actions[0].row}`);
    const gt =
      first?.table ?? tables.find((g) => g.sheet === t.sheet && g.headerRow === t.headerRow);
    for (const [field, letter] of Object.entries(t.columns)) {
      s.cols++;
      const col = gt?.columns[field as keyof DetectedTable["columns"]];
      if (col !== undefined && columnLetter(col) === letter) s.colsOk++;
      else s.misses.push(`${book} ${t.sheet}!${t.headerRow} column ${field}=${letter} got ${col}`);
    }
    s.sections++;
    const sec = gt?.section ?? "";
    if (sec === t.section) s.sectionsExact++;
    else if (sec !== "" && (sec.startsWith(t.section) || t.section.startsWith(sec)))
      s.sectionsPrefix++;
    else s.misses.push(`${book} ${t.sheet}!${t.headerRow} section ${JSON.stringify(sec)}`);
    for (const a of t.actions) {
      s.truthRows++;
      const key = `${t.sheet}!${a.row}`;
      truthKeys.add(key);
      const g = got.get(key);
      if (!g) {
        s.misses.push(`${book} missed action ${key}`);
        continue;
      }
      s.matched++;
      const check = (ok: boolean, what: string, value: unknown): boolean => {
        if (!ok) s.misses.push(`${book} ${key} ${what} ${JSON.stringify(value)}`);
        return ok;
      };
      if (check(g.row.ref === a.ref, "ref", g.row.ref)) s.refOk++;
      // the truth's 60-character prefix has its trailing space trimmed
      const action60 = g.row.actionText.slice(0, 60).trimEnd();
      if (check(action60 === a.action, "action", action60)) s.actionOk++;
      const owner = g.row.cells.owner?.text || null;
      if (check(owner === a.owner, "owner", owner)) s.ownerOk++;
      const timescale = g.row.cells.due?.text || null;
      if (check(timescale === a.timescale, "timescale", timescale)) s.timescaleOk++;
    }
  }
  for (const key of got.keys())
    if (!truthKeys.has(key)) s.misses.push(`${book} extra action ${key}`);
  return s;
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : "100.0");

describe("detection accuracy on the fixtures", () => {
  const total = tally();
  const lines: string[] = [];

  beforeAll(async () => {
    for (const book of WORKBOOKS) {
      const s = await score(book);
      add(total, s);
      lines.push(
        `${book}: rows P ${pct(s.matched, s.foundRows)} R ${pct(s.matched, s.truthRows)} ` +
          `(${s.matched}/${s.truthRows}, +${s.foundRows - s.matched}) | columns ${pct(s.colsOk, s.cols)} | ` +
          `sections exact ${s.sectionsExact}/${s.sections}, prefix ${s.sectionsPrefix} | ` +
          `ref ${s.refOk} action ${s.actionOk} owner ${s.ownerOk} timescale ${s.timescaleOk} of ${s.matched}`
      );
    }
    lines.push(
      `TOTAL rows P ${pct(total.matched, total.foundRows)} R ${pct(total.matched, total.truthRows)} | ` +
        `columns ${pct(total.colsOk, total.cols)} | sections exact ${total.sectionsExact}/${total.sections} ` +
        `+ prefix ${total.sectionsPrefix} | ref ${pct(total.refOk, total.matched)} action ` +
        `${pct(total.actionOk, total.matched)} owner ${pct(total.ownerOk, total.matched)} timescale ` +
        `${pct(total.timescaleOk, total.matched)}`
    );
    if (total.misses.length)
      lines.push("misses:", ...total.misses.slice(0, 40).map((m) => `  ${m}`));

    console.log(lines.join("\n"));
  });

  it("finds the action rows (precision and recall ≥ 0.98)", () => {
    expect(total.matched / total.foundRows).toBeGreaterThanOrEqual(0.98);
    expect(total.matched / total.truthRows).toBeGreaterThanOrEqual(0.98);
  });

  it("maps the truth's columns (≥ 0.97)", () => {
    expect(total.colsOk / total.cols).toBeGreaterThanOrEqual(0.97);
  });

  it("names every table's section as the truth does, exactly or as a prefix", () => {
    expect(total.sectionsExact + total.sectionsPrefix).toBe(total.sections);
  });

  it.each(["refOk", "actionOk", "ownerOk", "timescaleOk"] as const)(
    "agrees with the truth on %s for ≥ 0.98 of matched rows",
    (k) => {
      expect(total[k] / total.matched).toBeGreaterThanOrEqual(0.98);
    }
  );
});
