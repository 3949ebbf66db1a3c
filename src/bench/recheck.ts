// The engine's part of a re-check after an edit: the whole check of the edited workbook against the
// table-level re-check (core/engine/recheckEdit) of the same edit, on the same synthetic plan. Run:
//   node build/bench/recheck.js [actions ...]     (default 1000 10000 100000; after npm run build:cli)
import { checkWorkbook } from "../core/engine";
import { gridEdit, recheckEdit, type GridEdit } from "../core/engine/recheckEdit";
import { parseA1 } from "../core/grid/a1";
import type { SheetGrid, WorkbookGrid } from "../core/grid/types";
import { DEFAULT_CONFIG } from "../core/schema/config";
import { generatePlan } from "./generate";
import { recheckTarget } from "./pane";
import { median, round } from "./stats";

export interface RecheckFigures {
  readonly actions: number;
  readonly tables: number;
  /** checkWorkbook of the edited grid, median ms. */
  readonly wholeMs: number;
  /** recheckEdit of the same edit, median ms. */
  readonly recheckMs: number;
  readonly tablesChecked: number | null;
}

/** The grid with one cell blanked (a person clearing a named owner). */
function blanked(grid: WorkbookGrid, sheetName: string, address: string): WorkbookGrid {
  const at = parseA1(address);
  if (!at) throw new Error(`not a cell: ${address}`);
  const sheets = grid.sheets.map((s): SheetGrid => {
    if (s.name !== sheetName) return s;
    const r = at.row - s.originRow;
    const c = at.col - s.originCol;
    const values = s.values.map((line, i) =>
      i === r ? line.map((v, j) => (j === c ? null : v)) : line
    );
    const text = s.text.map((line, i) => (i === r ? line.map((t, j) => (j === c ? "" : t)) : line));
    return { ...s, values, text };
  });
  return { ...grid, sheets };
}

function timed(f: () => void, runs: number): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function measureRecheck(actions: number, runs = 5): RecheckFigures {
  const plan = generatePlan(actions);
  const target = recheckTarget(plan);
  const before = checkWorkbook(plan.grid, DEFAULT_CONFIG, plan.asOf, "bench.xlsx");
  const grid = blanked(plan.grid, target.sheet, target.address);
  const edit = gridEdit(target.sheet, target.address) as GridEdit;
  let tablesChecked: number | null = null;
  const wholeMs = timed(() => checkWorkbook(grid, DEFAULT_CONFIG, plan.asOf, "bench.xlsx"), runs);
  const recheckMs = timed(() => {
    tablesChecked = recheckEdit(before, grid, edit, DEFAULT_CONFIG, plan.asOf).tablesChecked;
  }, runs);
  return {
    actions,
    tables: before.tables.length,
    wholeMs: round(wholeMs),
    recheckMs: round(recheckMs),
    tablesChecked,
  };
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  for (const n of sizes.length ? sizes : [1_000, 10_000, 100_000]) {
    console.log(JSON.stringify(measureRecheck(n, n >= 100_000 ? 3 : 9)));
  }
}
