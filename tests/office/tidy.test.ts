/**
 * "Tidy this plan" through the Office adapter on the fake Excel: the dropdown, colour rules and date
 * prompt land where the plan says, with the palette's colours, in two syncs; a second run adds nothing;
 * removal takes exactly what was added; a user's own validation and a protected sheet are respected; and
 * from ExcelApi 1.20 the whole step is one Ctrl+Z.
 */
import JSZip from "jszip";
import { createOfficeWorkbook, type OfficeFileSource } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import {
  applyTidyPlan,
  hasTidyRules,
  proposeTidy,
  removeTidyRules,
  TidyNotSupported,
} from "../../src/app/tidy";
import { RATING_COLOURS } from "../../src/core/palette";
import { parseConfig, type Config } from "../../src/core/schema";
import { createFakeExcel, type FakeExcel, type HostProfile } from "../../src/fake-excel";
import { cellKey } from "../../src/fake-excel/types";
import { runOf, values } from "./support";

function portFor(fake: FakeExcel) {
  return createOfficeWorkbook(runOf(fake), {
    isSetSupported: fake.isSetSupported,
    runWithOptions: (options, batch) =>
      fake.run(options, batch as never) as ReturnType<typeof batch>,
    fileSource: fake.document as unknown as OfficeFileSource,
    loadZip: async () => ({ default: JSZip }),
    ownWriteGraceMs: 0,
  });
}

/** What tidy may touch, as plain data (the state's Maps compare across snapshots this way). */
function tidyState(fake: FakeExcel) {
  const s = fake.state.sheets[0]!;
  return {
    values: values(fake),
    validations: [...(s.validations ?? new Map()).entries()],
    formats: s.conditionalFormats ?? [],
    settings: [...fake.state.settings.entries()],
  };
}

function config(): Config {
  const c = parseConfig({ asOf: "2024-01-31" });
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

const ROWS: (string | null)[][] = [
  ["Ref", "Action", "Lead", "Target date", "RAG status"],
  ["1", "Publish the local offer", "SEND manager", "31/03/2024", "On track"],
  ["2", "Review EHCP timeliness", "Head of SEND", "June 2024", "Off track"],
  ["3", "Train SENCOs", "EP service", "Spring term 2024", "on track"],
  ["4", "Launch the parent panel", "Participation lead", "2023", "Complete"],
  ["5", "Agree the sufficiency plan", "Commissioning", "March 2024", "Not started"],
];

function fakeOf(
  rows: (string | null)[][],
  profile: HostProfile,
  protectedSheet = false
): FakeExcel {
  const cells = rows.flatMap((r, i) =>
    r.flatMap((v, j) => (v === null ? [] : [{ row: i + 1, col: j + 1, value: v }]))
  );
  return createFakeExcel(
    { sheets: [{ name: "Plan", cells, protected: protectedSheet }] },
    { profile }
  );
}

async function setup(profile: HostProfile, rows = ROWS, protectedSheet = false) {
  const fake = fakeOf(rows, profile, protectedSheet);
  const port = portFor(fake);
  const { report } = await checkWorkbookPort(port, config(), "2024-01-31", "plan.xlsx", {
    highlight: false,
  });
  const grid = await port.readGrid();
  return { fake, port, report, proposal: proposeTidy(report, grid) };
}

const plan = (fake: FakeExcel) => fake.state.sheets[0]!;

describe.each<HostProfile>([
  { api: "1.9", platform: "web" },
  { api: "1.20", platform: "windows" },
])("tidy on ExcelApi $api ($platform)", (profile) => {
  it("adds the dropdown, the colour rules and the due prompt in two syncs, changing no value", async () => {
    const { fake, port, report, proposal } = await setup(profile);
    const before = values(fake);
    fake.stats.reset();
    const outcome = await applyTidyPlan(port, report, proposal);
    expect(fake.stats.syncs).toBe(2);
    expect(outcome.added).toEqual({ lists: 1, rules: 3, prompts: 1, columns: 0 });
    expect(values(fake)).toEqual(before);
    const s = plan(fake);
    // E2:E6 has the plan's own words as a dropdown
    for (let r = 2; r <= 6; r++) {
      expect(s.validations?.get(cellKey(r, 5))?.rule).toEqual({
        list: { inCellDropDown: true, source: "On track,Off track,Complete,Not started" },
      });
      expect(s.validations?.get(cellKey(r, 4))?.prompt).toMatchObject({
        showPrompt: true,
        title: "Due date",
      });
    }
    expect(s.validations?.has(cellKey(1, 5))).toBe(false);
    expect(s.validations?.has(cellKey(7, 5))).toBe(false);
    // one cell-value rule per rated word, coloured as the ratings are everywhere else
    const rules = (s.conditionalFormats ?? []).map((f) => [f.rule.formula1, f.fill, f.fontColor]);
    expect(rules).toEqual([
      ['="On track"', `#${RATING_COLOURS.green.fill}`, `#${RATING_COLOURS.green.ink}`],
      ['="Off track"', `#${RATING_COLOURS.red.fill}`, `#${RATING_COLOURS.red.ink}`],
      ['="Complete"', `#${RATING_COLOURS.complete.fill}`, `#${RATING_COLOURS.complete.ink}`],
    ]);
    expect(s.conditionalFormats?.every((f) => f.rule.operator === "EqualTo")).toBe(true);
    expect(await hasTidyRules(port)).toBe(true);
  });

  it("adds nothing on a second run (one sync) and removal restores exactly what was there", async () => {
    const { fake, port, report, proposal } = await setup(profile);
    const pristine = tidyState(fake);
    await applyTidyPlan(port, report, proposal);
    const once = tidyState(fake);
    fake.stats.reset();
    const again = await applyTidyPlan(port, report, proposal);
    expect(fake.stats.syncs).toBe(1);
    expect(again.added).toEqual({ lists: 0, rules: 0, prompts: 0, columns: 0 });
    expect(again.skipped.map((x) => [x.part, x.reason])).toEqual([
      ["list", "already-added"],
      ["rules", "already-added"],
      ["prompt", "already-added"],
    ]);
    expect(tidyState(fake)).toEqual(once);
    fake.stats.reset();
    const removed = await removeTidyRules(port);
    expect(fake.stats.syncs).toBe(3);
    expect(removed).toEqual({ removed: 5, keptChanged: 0 });
    expect(tidyState(fake)).toEqual(pristine);
    expect(await hasTidyRules(port)).toBe(false);
  });

  it("leaves a validation the user already had, says so, and removal leaves the user's rules", async () => {
    const { fake, port, report, proposal } = await setup(profile);
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Plan").getRange("E2:E6");
      r.dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
      const cf = r.conditionalFormats.add("CellValue");
      cf.cellValue.rule = { operator: "EqualTo", formula1: '="No"' };
      cf.cellValue.format.fill.color = "#FF0000";
      await context.sync();
    });
    const outcome = await applyTidyPlan(port, report, proposal);
    expect(outcome.added.lists).toBe(0);
    expect(outcome.skipped).toContainEqual({
      sheet: "Plan",
      range: "E2:E6",
      part: "list",
      reason: "has-validation",
    });
    expect(plan(fake).validations?.get(cellKey(2, 5))?.rule).toEqual({
      list: { inCellDropDown: true, source: "Yes,No" },
    });
    await removeTidyRules(port);
    const s = plan(fake);
    expect(s.validations?.get(cellKey(2, 5))?.rule).toEqual({
      list: { inCellDropDown: true, source: "Yes,No" },
    });
    expect(s.conditionalFormats?.map((f) => f.rule.formula1)).toEqual(['="No"']);
  });

  it("reads past the user's formats of other types, and removal leaves them", async () => {
    const { fake, port, report, proposal } = await setup(profile);
    const theirs = {
      key: 999,
      rect: { top: 2, left: 5, bottom: 6, right: 5 },
      type: "ContainsText" as const,
      rule: { operator: "Contains", text: "track" },
      stopIfTrue: false,
    };
    plan(fake).conditionalFormats = [theirs];
    const outcome = await applyTidyPlan(port, report, proposal);
    expect(outcome.added.rules).toBe(3);
    await removeTidyRules(port);
    expect(plan(fake).conditionalFormats).toEqual([theirs]);
  });

  it("on a protected sheet says which sheet and changes nothing", async () => {
    const { fake, port, report, proposal } = await setup(profile, ROWS, true);
    const before = tidyState(fake);
    await expect(applyTidyPlan(port, report, proposal)).rejects.toMatchObject({
      code: "sheet-protected",
      message: expect.stringContaining('"Plan" is protected'),
    });
    expect(tidyState(fake)).toEqual(before);
  });

  it("adds a status column only with consent, and removal takes its header away again", async () => {
    const rows = ROWS.map((r) => r.slice(0, 4));
    const { fake, port, report, proposal } = await setup(profile, rows);
    expect(proposal[0]?.offerStatusColumn).toEqual({ column: "E", header: "RAG status" });
    const without = await applyTidyPlan(port, report, proposal);
    expect(without.added.columns).toBe(0);
    expect(plan(fake).cells.get(cellKey(1, 5))?.value ?? null).toBeNull();
    const withIt = await applyTidyPlan(port, report, proposal, new Set([proposal[0]!.tableKey]));
    expect(withIt.added).toMatchObject({ columns: 1, lists: 1, rules: 4 });
    expect(plan(fake).cells.get(cellKey(1, 5))?.value).toBe("RAG status");
    await removeTidyRules(port);
    expect(plan(fake).cells.get(cellKey(1, 5))?.value ?? null).toBeNull();
    expect(plan(fake).conditionalFormats ?? []).toEqual([]);
  });

  it(
    profile.api === "1.20"
      ? "is one undo step: one Ctrl+Z takes the whole tidy back"
      : "empties the undo list (no undo groups before 1.20): Remove tidy rules is the way back",
    async () => {
      const { fake, port, report, proposal } = await setup(profile);
      await fake.events.userEdit("Plan", "H1", [["note to self"]]);
      const pristine = tidyState(fake);
      await applyTidyPlan(port, report, proposal);
      if (profile.api === "1.20") {
        expect(fake.host.undo.top?.by).toBe("add-in");
        expect(fake.events.undo()).toBe("add-in");
        // settings are not on Excel's undo list: the record stays, and removal then finds nothing
        expect({ ...tidyState(fake), settings: [] }).toEqual({ ...pristine, settings: [] });
        // the user's own edit is the next step back
        expect(fake.events.undo()).toBe("user");
      } else {
        expect(fake.host.undo.entries).toHaveLength(0);
      }
    }
  );
});

describe("a port without tidy (the .xlsx adapter until its patcher writes the rules)", () => {
  it("says tidying is not available rather than pretending", async () => {
    const { port, report, proposal } = await setup({ api: "1.9", platform: "web" });
    const { applyTidy: _a, removeTidy: _r, readTidyRecord: _t, ...bare } = port;
    await expect(applyTidyPlan(bare, report, proposal)).rejects.toBeInstanceOf(TidyNotSupported);
    await expect(removeTidyRules(bare)).rejects.toBeInstanceOf(TidyNotSupported);
    expect(await hasTidyRules(bare)).toBe(false);
  });
});
