/**
 * The pane's check as the user edits (src/app/liveCheck.ts) inside the fake Excel, on every fixture
 * workbook: a person's edits through the host, heard through the adapter's change events, then a live
 * check. Whatever path it takes (the edited tables, or the whole workbook when what was read before may
 * not stand), its report must be byte for byte the report of a whole check made after the same edits;
 * the table path must read no more round trips than a whole check, and must be the path a one-cell edit of
 * an action takes.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createOfficeWorkbook } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import { LiveCheck, type LiveOutcome } from "../../src/app/liveCheck";
import type { SheetChange } from "../../src/app/ports";
import { recheckEditedPort } from "../../src/app/recheck";
import { writeSummarySheet } from "../../src/app/summary";
import { columnLetter, parseA1 } from "../../src/core/grid/a1";
import { DEFAULT_CONFIG } from "../../src/core/schema";
import type { CheckedTable } from "../../src/core/schema/report";
import { countSyncs, fakeFromFixture, runOf } from "./support";

const AS_OF = "2014-01-31";
const USES = { check: checkWorkbookPort, recheck: recheckEditedPort };
const NAMES = readdirSync(join(__dirname, "..", "fixtures"))
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => f.replace(/\.xlsx$/, ""));

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fixture open in the fake Excel with the pane's pieces: the port, its edit events, a live check. */
async function open(name: string) {
  const fake = await fakeFromFixture(name);
  const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
  const file = `${name}.xlsx`;
  const live = new LiveCheck();
  const heard: SheetChange[][] = [];
  const stop = await port.onEdited(
    (e) => heard.push(e.changes.map((c) => ({ sheetId: c.worksheetId, address: c.address }))),
    { debounceMs: 5, leading: true }
  );
  // the pane's first check: highlights written, the outcome kept
  const first = await live.checkWhole(port, DEFAULT_CONFIG, file, () =>
    checkWorkbookPort(port, DEFAULT_CONFIG, AS_OF, file)
  );
  return { fake, port, file, live, heard, stop, first };
}

type Opened = Awaited<ReturnType<typeof open>>;

/** A person's edits, then the live check of what was heard, against a whole check made after them. */
async function editThenCheck(
  o: Opened,
  edits: readonly { sheet: string; address: string; values: unknown[][] }[]
): Promise<{ re: LiveOutcome; syncs: number; wholeSyncs: number }> {
  for (const e of edits) await o.fake.events.userEdit(e.sheet, e.address, e.values);
  await wait(20);
  for (const changes of o.heard.splice(0)) o.live.heard(changes);
  const re = await countSyncs(o.fake, () =>
    o.live.run(o.port, DEFAULT_CONFIG, AS_OF, o.file, USES)
  );
  const whole = await countSyncs(o.fake, () =>
    checkWorkbookPort(o.port, DEFAULT_CONFIG, AS_OF, o.file, { highlight: false })
  );
  expect(JSON.stringify(re.result.report)).toBe(JSON.stringify(whole.result.report));
  expect(re.result.plan).toEqual(whole.result.plan);
  return { re: re.result, syncs: re.syncs, wholeSyncs: whole.syncs };
}

/** The last column of a range ("B3:H40" → 8). */
function lastColumn(range: string): number {
  const end = parseA1(range.split(":").pop() ?? "");
  if (!end) throw new Error(`not a range: ${range}`);
  return end.col;
}

/** Actions with a named owner, with their tables, in report order. */
function owned(tables: readonly CheckedTable[]) {
  return tables.flatMap((t) =>
    t.columns.owner ? t.actions.filter((a) => a.owner).map((a) => ({ t, a })) : []
  );
}

describe.each(NAMES)("%s: live checks after a person's edits", (name) => {
  let o: Opened;
  beforeEach(async () => {
    o = await open(name);
  });
  afterEach(async () => {
    await o.stop();
  });

  it("re-checks only the edited table after an owner is blanked, as a whole check would", async () => {
    const target = owned(o.first.report.tables)[0];
    if (!target) throw new Error(`${name}: no action with a named owner`);
    const { t, a } = target;
    const { re, syncs, wholeSyncs } = await editThenCheck(o, [
      { sheet: t.sheet, address: `${t.columns.owner}${a.row}`, values: [[""]] },
    ]);
    expect(re.scope).toBe("tables");
    // the edited sheet read again: its list and its cells (and its status fills when a rating needs them)
    expect(syncs).toBeLessThanOrEqual(wholeSyncs);
    expect(syncs).toBeLessThanOrEqual(3);
    const after = re.report.tables
      .find((x) => x.key === t.key)
      ?.actions.find((x) => x.row === a.row);
    expect(after?.owner).toBeNull();
  });

  it("keeps up over a run of edits: statuses, dates, two tables at once, then the first again", async () => {
    const tables = o.first.report.tables.filter((t) => t.actions.length > 0);
    const first = tables[0];
    const last = tables[tables.length - 1];
    if (!first || !last) throw new Error(`${name}: no actions`);
    const cell = (
      t: CheckedTable,
      field: "status" | "due" | "action",
      i: number,
      value: string
    ) => {
      const col = t.columns[field] ?? t.columns.action;
      const row = t.actions[Math.min(i, t.actions.length - 1)]?.row;
      return col && row ? [{ sheet: t.sheet, address: `${col}${row}`, values: [[value]] }] : [];
    };
    for (const step of [
      cell(first, "status", 0, "Complete"),
      cell(last, "due", 1, "31/03/2014"),
      [...cell(first, "status", 1, "Delayed"), ...cell(last, "action", 0, "Review the plan")],
      cell(first, "due", 0, "TBC"),
    ]) {
      if (step.length) await editThenCheck(o, step);
    }
  });

  it("checks the whole workbook after a header is renamed or a table typed in beside the others", async () => {
    const t = o.first.report.tables.find((x) => x.columns.owner);
    if (!t?.columns.owner) throw new Error(`${name}: no owner column`);
    const header = await editThenCheck(o, [
      { sheet: t.sheet, address: `${t.columns.owner}${t.headerRow}`, values: [["Zzz"]] },
    ]);
    expect(header.re.scope).toBe("workbook");
    // three columns of new words two columns right of every table
    const after = Math.max(...o.first.report.tables.map((x) => lastColumn(x.range))) + 3;
    const typedTable = await editThenCheck(o, [
      {
        sheet: t.sheet,
        address: `${columnLetter(after)}2:${columnLetter(after + 2)}4`,
        values: [
          ["Action", "Lead officer", "Deadline"],
          ["Publish the strategy", "Head of Service", "31/03/2014"],
          ["Recruit carers", "", "asap"],
        ],
      },
    ]);
    expect(typedTable.re.scope).toBe("workbook");
  });

  it("checks the whole workbook when a sheet came without an edit event or the add-in wrote", async () => {
    const target = owned(o.first.report.tables)[0];
    if (!target) throw new Error(`${name}: no action with a named owner`);
    const { t, a } = target;
    // a sheet copied in by the user: Excel raises no change event for it
    await o.fake.run(async (context) => {
      const ws = context.workbook.worksheets.add("Copied plan");
      ws.getRange("A1:C3").values = [
        ["Action", "Lead officer", "Deadline"],
        ["Publish the strategy", "Head of Service", "31/03/2014"],
        ["Recruit carers", "", "asap"],
      ];
      await context.sync();
    });
    const added = await editThenCheck(o, [
      { sheet: t.sheet, address: `${t.columns.owner}${a.row}`, values: [["Someone else"]] },
    ]);
    expect(added.re.why).toMatch(/sheet was added/);
    // "Build summary sheet": the add-in's own writes raise no edit event
    await writeSummarySheet(o.port, added.re.report, DEFAULT_CONFIG, AS_OF, "2014-01-31T09:00:00Z");
    const wrote = await editThenCheck(o, [
      { sheet: t.sheet, address: `${t.columns.owner}${a.row}`, values: [[""]] },
    ]);
    expect(wrote.re.why).toMatch(/add-in wrote/);
    // and after that whole check, the table path again
    const again = await editThenCheck(o, [
      { sheet: t.sheet, address: `${t.columns.owner}${a.row}`, values: [["A. Officer"]] },
    ]);
    expect(again.re.scope).toBe("tables");
  });

  it("does not place whole rows or columns (rows inserted) and checks the whole workbook", async () => {
    const target = owned(o.first.report.tables)[0];
    if (!target) throw new Error(`${name}: no action with a named owner`);
    const { t, a } = target;
    await o.fake.events.userEdit(t.sheet, `${t.columns.owner}${a.row}`, [[""]]);
    await wait(20);
    o.heard.splice(0);
    const id = o.fake.state.sheets.find((s) => s.name === t.sheet)?.id ?? "";
    o.live.heard([{ sheetId: id, address: `${a.row}:${a.row}` }]);
    const re = await o.live.run(o.port, DEFAULT_CONFIG, AS_OF, o.file, USES);
    expect(re.why).toMatch(/whole rows or columns/);
    const whole = await checkWorkbookPort(o.port, DEFAULT_CONFIG, AS_OF, o.file, {
      highlight: false,
    });
    expect(JSON.stringify(re.report)).toBe(JSON.stringify(whole.report));
  });
});

describe("live check: what it keeps", () => {
  it("checks the whole workbook when the settings or the report date changed, or nothing was kept", async () => {
    const o = await open(NAMES[0] as string);
    const t = owned(o.first.report.tables)[0];
    if (!t) throw new Error("the first fixture has an owned action");
    const id = o.fake.state.sheets.find((s) => s.name === t.t.sheet)?.id ?? "";
    const edit = [{ sheetId: id, address: `${t.t.columns.owner}${t.a.row}` }];
    o.live.heard(edit);
    const later = await o.live.run(o.port, DEFAULT_CONFIG, "2014-02-01", o.file, USES);
    expect(later.why).toMatch(/report date/);
    o.live.heard(edit);
    const other = { ...DEFAULT_CONFIG, asOf: undefined };
    expect((await o.live.run(o.port, other, "2014-02-01", o.file, USES)).why).toMatch(/settings/);
    o.live.heard(undefined);
    expect((await o.live.run(o.port, other, "2014-02-01", o.file, USES)).why).toMatch(
      /without its place/
    );
    const fresh = new LiveCheck();
    fresh.heard(edit);
    expect((await fresh.run(o.port, other, "2014-02-01", o.file, USES)).why).toMatch(
      /no check kept/
    );
    await o.stop();
  });

  it("keeps nothing after a failed re-check, so the next edit checks the whole workbook", async () => {
    const o = await open(NAMES[0] as string);
    const t = owned(o.first.report.tables)[0];
    if (!t) throw new Error("the first fixture has an owned action");
    const id = o.fake.state.sheets.find((s) => s.name === t.t.sheet)?.id ?? "";
    o.live.heard([{ sheetId: id, address: `${t.t.columns.owner}${t.a.row}` }]);
    const failing = { ...USES, recheck: () => Promise.reject(new Error("Excel is busy")) };
    await expect(o.live.run(o.port, DEFAULT_CONFIG, AS_OF, o.file, failing)).rejects.toThrow(
      "Excel is busy"
    );
    o.live.heard([{ sheetId: id, address: `${t.t.columns.owner}${t.a.row}` }]);
    expect((await o.live.run(o.port, DEFAULT_CONFIG, AS_OF, o.file, USES)).scope).toBe("workbook");
    await o.stop();
  });
});
