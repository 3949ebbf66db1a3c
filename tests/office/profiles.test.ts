/**
 * The Office adapter on every host profile the fake models (ExcelApi 1.9-1.20 on the web, Windows and Mac):
 * the fixtures and adversarial workbooks through check, highlight, clear, summary, settings and events,
 * each on a fake that refuses what that Excel lacks. Sync counts per profile are printed for the record.
 */
import JSZip from "jszip";
import { join } from "path";
import { createOfficeWorkbook, type OfficeFileSource } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import { writeSummarySheet } from "../../src/app/summary";
import { checkFile } from "../../src/cli/checkFile";
import { parseConfig, type Config } from "../../src/core/schema";
import { ALL_PROFILES, createFakeExcel, profileName, type FakeExcel } from "../../src/fake-excel";
import { FIXTURES, fakeFromFixture, runOf } from "./support";

const AS_OF = {
  "000-southwark-priority4": "2003-10-31",
  "001-southwark-underperforming": "2003-01-31",
  "002-southend-sen-strategy": "2014-01-31",
} as const;

function configFor(asOf: string): Config {
  const cfg = parseConfig({ asOf });
  if (!cfg.ok) throw new Error(cfg.error);
  return cfg.value;
}

export function portFor(fake: FakeExcel) {
  const { profile } = fake.host;
  return createOfficeWorkbook(runOf(fake), {
    isSetSupported: fake.isSetSupported,
    payloadLimited: profile.platform === "web",
    runWithOptions: (options, batch) =>
      fake.run(options, batch as never) as ReturnType<typeof batch>,
    fileSource: fake.document as unknown as OfficeFileSource,
    loadZip: async () => ({ default: JSZip }),
    ownWriteGraceMs: 0,
  });
}

/** Every cell's whole fill (colour, pattern, tints, theme) and every note: what a clear must give back. */
function fillsAndNotes(fake: FakeExcel): unknown {
  return fake.state.sheets.map((s) => ({
    name: s.name,
    fills: [...s.cells].filter(([, c]) => c.fill).map(([k, c]) => [k, c.fill, c.fillStyle]),
    notes: [...s.notes],
  }));
}

const syncTable: string[] = [];
afterAll(() => {
  console.log(
    `syncs on 002-southend-sen-strategy (check / highlight / clear / summary):\n${syncTable.join("\n")}`
  );
});

describe.each(ALL_PROFILES.map((p) => [profileName(p), p] as const))("%s", (_name, profile) => {
  it.each(FIXTURES)("%s: the CLI's report, exact clear, summary, settings", async (name) => {
    const asOf = AS_OF[name];
    const config = configFor(asOf);
    const cli = await checkFile(join(__dirname, "..", "fixtures", `${name}.xlsx`), config, asOf);
    const fake = await fakeFromFixture(name, { profile });
    const before = fillsAndNotes(fake);
    const port = portFor(fake);

    const s0 = fake.stats.syncs;
    const checked = await checkWorkbookPort(port, config, asOf, `${name}.xlsx`, {
      highlight: false,
    });
    const s1 = fake.stats.syncs;
    expect(checked.report).toEqual(cli.report);
    await port.applyHighlights(checked.plan);
    const s2 = fake.stats.syncs;
    expect(fillsAndNotes(fake)).not.toEqual(before);
    const notes = fake.state.sheets.reduce((n, s) => n + s.notes.size, 0);
    if (!fake.isSetSupported("ExcelApi", "1.18")) expect(notes).toBe(0);
    await port.clearHighlights();
    const s3 = fake.stats.syncs;
    expect(fillsAndNotes(fake)).toEqual(before);
    const { sheetName } = await writeSummarySheet(
      port,
      checked.report,
      config,
      asOf,
      "2026-01-01T00:00:00Z"
    );
    const s4 = fake.stats.syncs;
    expect(fake.state.sheets.some((s) => s.name === sheetName)).toBe(true);
    // a re-check leaves the summary out, and gives the same report
    const again = await checkWorkbookPort(port, config, asOf, `${name}.xlsx`, { highlight: false });
    expect(again.report).toEqual(cli.report);

    await port.saveSettings({ amberDays: 14 });
    await expect(port.loadSettings()).resolves.toEqual({ amberDays: 14 });
    expect(fake.stats.log.filter((l) => l.failed)).toEqual([]);
    if (name === "002-southend-sen-strategy") {
      syncTable.push(`${profileName(profile)}: ${s1 - s0} / ${s2 - s1} / ${s3 - s2} / ${s4 - s3}`);
    }
  });

  it("reads 600 merged areas (past getMergedAreasOrNullObject's 512), restores patterned fills exactly", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => ({
      top: i + 3,
      left: 2,
      bottom: i + 3,
      right: 3,
    }));
    const cells = [
      { row: 1, col: 1, value: "Action" },
      { row: 1, col: 2, value: "Lead officer" },
      { row: 1, col: 4, value: "Timescale" },
      ...merges.map((m, i) => ({ row: m.top, col: 1, value: `Action ${i + 1}` })),
      ...merges.map((m) => ({
        row: m.top,
        col: 4,
        value: "asap",
        fill: "#C6EFCE",
        fillStyle: { pattern: "LightDown", patternColor: "#FF0000", tint: 0.4, patternTint: -0.25 },
      })),
      { row: 2, col: 4, value: "soon", fill: "#4472C4", fillStyle: { tint: 0.6 } },
    ];
    const fake = createFakeExcel({ sheets: [{ name: "Plan", cells, merges }] }, { profile });
    const port = portFor(fake);
    const grid = await port.readGrid();
    const plan = grid.sheets[0];
    const mode = port.limitations.some((l) => l.feature === "merged-areas") ? 0 : 600;
    expect(plan?.merges).toHaveLength(mode);
    const before = fillsAndNotes(fake);
    const config = configFor("2026-01-31");
    const checked = await checkWorkbookPort(port, config, "2026-01-31", "plan.xlsx");
    expect(checked.highlightError).toBeUndefined();
    expect(checked.plan.cells.length).toBeGreaterThan(100);
    await port.clearHighlights();
    expect(fillsAndNotes(fake)).toEqual(before);
  });

  it("never strands the notes a newer Excel added: they stay ours until an Excel with notes clears them", async () => {
    const seed = {
      sheets: [
        {
          name: "Plan",
          cells: [
            { row: 1, col: 1, value: "Action" },
            { row: 1, col: 2, value: "Lead officer" },
            { row: 1, col: 3, value: "Timescale" },
            { row: 2, col: 1, value: "Recruit carers" },
            { row: 2, col: 3, value: "asap", note: "the user's own note" },
            { row: 3, col: 1, value: "Publish strategy" },
            { row: 3, col: 2, value: "Head of Service" },
            { row: 3, col: 3, value: "soon" },
          ],
        },
      ],
    };
    const config = configFor("2026-01-31");
    const newer = createFakeExcel(seed, { profile: { api: "1.18", platform: profile.platform } });
    await checkWorkbookPort(portFor(newer), config, "2026-01-31", "plan.xlsx");
    const added = newer.state.sheets[0]?.notes.size ?? 0;
    expect(added).toBeGreaterThan(1);
    // the file opened on this profile, highlighted again and cleared
    const here = createFakeExcel({ sheets: [] }, { profile });
    here.host.state = newer.snapshot();
    await checkWorkbookPort(portFor(here), config, "2026-01-31", "plan.xlsx");
    await portFor(here).clearHighlights();
    const left = here.state.sheets[0]?.notes.size ?? 0;
    if (here.isSetSupported("ExcelApi", "1.18")) expect(left).toBe(1);
    else expect(left).toBe(added);
    // back on an Excel with notes: clearing takes the add-in's notes and keeps the user's
    const back = createFakeExcel({ sheets: [] }, { profile: { api: "1.18", platform: "web" } });
    back.host.state = here.snapshot();
    await portFor(back).clearHighlights();
    expect([...(back.state.sheets[0]?.notes.values() ?? [])]).toEqual(["the user's own note"]);
  });

  it("keeps the user's edit on top of the undo list through a live re-check; a highlight is one step on 1.20", async () => {
    const fake = await fakeFromFixture("000-southwark-priority4", { profile });
    const port = portFor(fake);
    const config = configFor("2003-10-31");
    const heard: string[][] = [];
    const stop = await port.onEdited((e) => heard.push([...e.worksheetIds]), { debounceMs: 5 });
    await fake.events.userEdit(fake.state.sheets[0]?.name ?? "", "Z1", [["typed"]]);
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toHaveLength(1);
    await checkWorkbookPort(port, config, "2003-10-31", "plan.xlsx", { highlight: false });
    expect(fake.host.undo.top?.by).toBe("user");
    const steps = fake.host.undo.entries.length;
    await port.applyHighlights(
      (await checkWorkbookPort(port, config, "2003-10-31", "plan.xlsx", { highlight: false })).plan
    );
    if (fake.isSetSupported("ExcelApi", "1.20")) {
      expect(fake.host.undo.entries).toHaveLength(steps + 1);
      expect(fake.host.undo.top?.by).toBe("add-in");
    } else expect(fake.host.undo.entries).toHaveLength(0);
    await stop();
  });
});
