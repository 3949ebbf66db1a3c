/**
 * Nothing lost through the Office adapter (issue 8 §2): on every fixture and on generated workbooks, every
 * operation the pane offers leaves the user's sheets as they were, cell by cell, and highlight then clear
 * gives back every fill exactly, also after a save and reopen. Sync counts are asserted for each step.
 */
import { createOfficeWorkbook, type OfficeWorkbook } from "../../src/adapters/office";
import { BACKUP_KEY } from "../../src/adapters/office/host";
import { checkWorkbookPort } from "../../src/app/check";
import { loadSettings, saveSettings } from "../../src/app/settings";
import { appendSnapshot, writeSummarySheet } from "../../src/app/summary";
import { highlightFill } from "../../src/core/highlight";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import {
  createFakeExcel,
  createFakeExcelFromState,
  type FakeExcel,
  type FakeWorkbookSeed,
} from "../../src/fake-excel";
import { seedFromGrid, type FillMap } from "../../src/fake-excel/seedFromGrid";
import { seedFromXlsx } from "../../src/fake-excel/seedFromXlsx";
import { cellKey } from "../../src/fake-excel/types";
import {
  countSyncs,
  fixtureBytes,
  FIXTURES,
  runOf,
  userContent,
  userFills,
  userNotes,
} from "../office/support";
import { buildSheet, type SheetShape } from "./support/grids";
import { between, pick, prng } from "./support/random";
import { runs, seed } from "./support/runs";
import { randomWorkbook } from "./support/workbooks";

const AS_OF = "2004-01-31";

const totals = { workbooks: 0, cells: 0, formulas: 0, notes: 0, flagged: 0, withTables: 0 };

function portOf(fake: FakeExcel): OfficeWorkbook {
  return createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
}

/**
 * Runs every operation on a fresh fake of `seedData` and compares the user's sheets after each:
 * check, summary, snapshot, mapping correction and re-check, clear, check, save-and-reopen, clear.
 */
async function assertNothingLost(seedData: FakeWorkbookSeed, file: string) {
  const fake = createFakeExcel(seedData);
  const ids = fake.state.sheets.map((s) => s.id);
  const content = userContent(fake, ids);
  const fills = userFills(fake, ids);
  const port = portOf(fake);
  const notes = userNotes(fake, ids) as Record<string, Record<string, string>>;
  const same = (f: FakeExcel = fake) => {
    expect(userContent(f, ids)).toEqual(content);
    // the user's own notes stay as they were (the add-in adds its own beside them)
    const now = userNotes(f, ids) as Record<string, Record<string, string>>;
    for (const [id, m] of Object.entries(notes)) expect(now[id]).toMatchObject(m);
  };

  const check = await countSyncs(fake, () => checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, file));
  const { report, plan } = check.result;
  // one more sync when a table has a blank status cell, whose colour may rate its action (readFills)
  const colourRead = report.tables.some(
    (t) => t.columns.status !== undefined && t.actions.some((a) => a.status === null)
  )
    ? 1
    : 0;
  expect(check.syncs).toBe(4 + colourRead);
  same();
  // flagged cells take their severity's fill; every other cell keeps its own
  const flagged = new Set<string>();
  for (const c of plan.cells) {
    const s = fake.state.sheets.find((x) => x.name === c.sheet);
    expect(s?.cells.get(cellKey(c.row, c.col))?.fill).toBe(`#${highlightFill(c)}`);
    flagged.add(`${s?.id}:${cellKey(c.row, c.col)}`);
  }
  const now = userFills(fake, ids) as Record<string, Record<string, string>>;
  for (const [id, m] of Object.entries(fills as Record<string, Record<string, string>>)) {
    for (const [k, f] of Object.entries(m))
      if (!flagged.has(`${id}:${k}`)) expect(now[id]?.[k]).toBe(f);
  }

  const summary = await countSyncs(fake, () =>
    writeSummarySheet(port, report, DEFAULT_CONFIG, AS_OF, `${AS_OF}T09:00:00Z`)
  );
  // 2 for the sheet, 3 for the per-action snapshot (the stored part found and read, the new one written);
  // the actions' updates come from the report, so the sheet is not read again
  expect(summary.syncs).toBe(5);
  same();
  const snap = await countSyncs(fake, () => appendSnapshot(port, report, DEFAULT_CONFIG, AS_OF));
  expect(snap.syncs).toBe(3);
  same();

  // a mapping correction, saved in the workbook and read back, then a re-check with it
  const table = report.tables.find((t) => t.columns.owner !== undefined);
  const corrected = {
    ...DEFAULT_CONFIG,
    asOf: AS_OF,
    mappingOverrides: table ? { [table.key]: { owner: null } } : {},
  };
  const saved = await countSyncs(fake, () => saveSettings(port, corrected));
  expect(saved.result.ok).toBe(true);
  expect(saved.syncs).toBe(1);
  const loaded = await loadSettings(port);
  expect(loaded.warning).toBeNull();
  const recheck = await countSyncs(fake, () => checkWorkbookPort(port, loaded.config, AS_OF, file));
  // one sync fewer than the first check: the port's last listing says which sheets to read, so the
  // listing and the cells come in one sync
  expect(recheck.syncs).toBe(3 + colourRead);
  if (table) {
    const t = recheck.result.report.tables.find((x) => x.key === table.key);
    expect(t?.columns.owner).toBeUndefined();
  }
  // the summary and history written earlier are not read back as plans
  const userNames = fake.state.sheets.filter((s) => ids.includes(s.id)).map((s) => s.name);
  expect(recheck.result.report.tables.every((t) => userNames.includes(t.sheet))).toBe(true);
  expect(recheck.result.report.tables.map((t) => t.key)).toEqual(report.tables.map((t) => t.key));
  same();

  const cleared = await countSyncs(fake, () => port.clearHighlights());
  expect(cleared.syncs).toBe(2);
  same();
  expect(userFills(fake, ids)).toEqual(fills);
  expect(userNotes(fake, ids)).toEqual(notes);
  expect(fake.state.settings.has(BACKUP_KEY)).toBe(false);

  // highlight again, save and close, reopen, clear: every fill as the user had it
  await checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, file);
  const reopened = createFakeExcelFromState(fake.snapshot());
  const again = await countSyncs(reopened, () => portOf(reopened).clearHighlights());
  expect(again.syncs).toBe(2);
  same(reopened);
  expect(userFills(reopened, ids)).toEqual(fills);
  expect(userNotes(reopened, ids)).toEqual(notes);
  // the user's sheets keep their order; the add-in's two come after them
  expect(reopened.state.sheets.slice(0, ids.length).map((s) => s.id)).toEqual(ids);
  expect(reopened.state.sheets).toHaveLength(ids.length + 2);

  totals.workbooks++;
  totals.cells += fake.state.sheets
    .filter((s) => ids.includes(s.id))
    .reduce((n, s) => n + s.cells.size, 0);
  for (const s of fake.state.sheets.filter((x) => ids.includes(x.id))) {
    for (const c of s.cells.values()) if (c.formula) totals.formulas++;
  }
  totals.notes += Object.values(notes).reduce((n, m) => n + Object.keys(m).length, 0);
  totals.flagged += plan.cells.length;
  if (report.tables.length) totals.withTables++;
}

afterAll(() => {
  console.log(
    `nothing lost (Office adapter): ${totals.workbooks} workbooks (${totals.withTables} with plans found), ${totals.cells} user cells (${totals.formulas} formulas, ${totals.notes} user notes) compared after each of 8 operations, ${totals.flagged} cells highlighted per check`
  );
});

describe("through the Office adapter, every fixture", () => {
  it.each(FIXTURES)("%s keeps every value, formula and fill", async (name) => {
    await assertNothingLost(await seedFromXlsx(fixtureBytes(name)), `${name}.xlsx`);
  });
});

const SHEET_NAMES = ["Action Plan", "Plan 'A'", "تنفيذ", "🚀", "KS2", "RAG Summary", "Data"];
const FILLS = ["FFFF00", "92D050", "FFFFFF", "F8CBAD", "DDEBF7"];

/** Random grid workbook `n`: 1–3 sheets of random content with plan tables, plus random fills. */
function gridWorkbook(n: number): FakeWorkbookSeed {
  const rand = prng(n);
  const names = [...SHEET_NAMES].sort(() => rand() - 0.5).slice(0, between(rand, 1, 3));
  const sheets = names.map((name): ReturnType<typeof buildSheet> => {
    const shape: SheetShape = {
      seed: between(rand, 0, 2 ** 31),
      rows: between(rand, 0, 120),
      cols: between(rand, 1, 10),
      originRow: pick(rand, [1, 1, between(rand, 1, 60)]),
      originCol: pick(rand, [1, 1, between(rand, 1, 6)]),
      name,
      tables: between(rand, 1, 3),
      merges: between(rand, 0, 4),
      hugeMerge: false,
      protected: false,
    };
    return buildSheet(shape);
  });
  const fills: Record<string, Record<string, string>> = {};
  for (const g of sheets) {
    const m: Record<string, string> = {};
    const cells = g.values.length * (g.values[0]?.length ?? 0);
    for (let i = 0; i < Math.min(40, cells / 5); i++) {
      const row = g.originRow + between(rand, 0, Math.max(0, g.values.length - 1));
      const col = g.originCol + between(rand, 0, Math.max(0, (g.values[0]?.length ?? 1) - 1));
      m[`${row},${col}`] = pick(rand, FILLS);
    }
    fills[g.name] = m;
  }
  return seedFromGrid({ sheets }, fills as FillMap);
}

describe("through the Office adapter, generated workbooks", () => {
  const count = runs(50);
  const base = seed();

  it(`keeps every value, formula and fill of ${count} random .xlsx workbooks`, async () => {
    for (let i = 0; i < count; i++) {
      const n = base + i;
      try {
        await assertNothingLost(await seedFromXlsx(await randomWorkbook(n)), `random-${n}.xlsx`);
      } catch (e) {
        throw new Error(`randomWorkbook(${n}): ${(e as Error).message}`);
      }
    }
  });

  it(`keeps every value and fill of ${count} random grids`, async () => {
    for (let i = 0; i < count; i++) {
      const n = base + 1000 + i;
      try {
        await assertNothingLost(gridWorkbook(n), `grid-${n}.xlsx`);
      } catch (e) {
        throw new Error(`gridWorkbook(${n}): ${(e as Error).message}`);
      }
    }
  });
});
