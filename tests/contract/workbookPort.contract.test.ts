/**
 * One contract for every WorkbookPort: the Office adapter (on the fake Excel, seeded from the .xlsx) and the
 * .xlsx package adapter (the CLI's) run the same use cases (src/app) on every fixture and must give the
 * same report, the same highlight plan and the same summary model; and each must leave the workbook in the
 * state the use cases promise: the plan's values untouched, flagged cells filled by severity (and put back
 * by clearing), the summary sheet replaced rather than duplicated, one history row per snapshot.
 */
import { createOfficeWorkbook } from "../../src/adapters/office";
import { readGrid } from "../../src/adapters/office/readGrid";
import { readXlsxGrid } from "../../src/adapters/xlsx/readPackage";
import { openXlsxWorkbook } from "../../src/adapters/xlsx/xlsxPort";
import { checkWorkbookPort } from "../../src/app/check";
import type { WorkbookPort } from "../../src/app/ports";
import { appendSnapshot, writeSummarySheet } from "../../src/app/summary";
import type { SheetGrid, WorkbookGrid } from "../../src/core/grid/types";
import { highlightFill } from "../../src/core/highlight";
import { parseConfig, type Config } from "../../src/core/schema";
import type { SheetModel } from "../../src/core/summary/sheetModel";
import { cellKey } from "../../src/fake-excel/types";
import { fakeFromFixture, FIXTURES, fixtureBytes, runOf } from "../office/support";

const AS_OF = {
  "000-southwark-priority4": "2003-10-31",
  "001-southwark-underperforming": "2003-01-31",
  "002-southend-sen-strategy": "2014-01-31",
} as const;
const GENERATED_AT = "2014-02-01T09:00:00Z";

type Fixture = (typeof FIXTURES)[number];

/** The workbook after the port's writes, as each host shows it. */
interface After {
  readonly sheets: readonly string[];
  readonly grid: (sheet: string) => SheetGrid | undefined;
  /** "RRGGBB" of a cell's solid fill, or null for No Fill. */
  readonly fill: (sheet: string, row: number, col: number) => string | null;
}

interface Opened {
  readonly port: WorkbookPort;
  readonly after: () => Promise<After>;
}

function gridLookup(grid: WorkbookGrid) {
  return (name: string) => grid.sheets.find((s) => s.name === name);
}

const ADAPTERS: ReadonlyArray<[string, (f: Fixture) => Promise<Opened>]> = [
  [
    "Office adapter (fake Excel)",
    async (f) => {
      const fake = await fakeFromFixture(f);
      const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
      return {
        port,
        after: async () => {
          const grid = await readGrid(runOf(fake), { includeOwnSheets: true });
          return {
            sheets: fake.state.sheets.map((s) => s.name),
            grid: gridLookup(grid),
            fill: (sheet, row, col) => {
              const s = fake.state.sheets.find((x) => x.name === sheet);
              const c = s?.cells.get(cellKey(row, col));
              return c?.fill ? c.fill.replace(/^#/, "").toUpperCase() : null;
            },
          };
        },
      };
    },
  ],
  [
    ".xlsx package adapter (CLI)",
    (f) => {
      const port = openXlsxWorkbook(fixtureBytes(f));
      return Promise.resolve({
        port,
        after: async () => {
          const grid = await readXlsxGrid(await port.save());
          return {
            sheets: grid.sheets.map((s) => s.name),
            grid: gridLookup(grid),
            fill: (sheet, row, col) =>
              grid.sheets
                .find((s) => s.name === sheet)
                ?.fills?.find((x) => x.row === row && x.col === col)?.rgb ?? null,
          };
        },
      });
    },
  ],
];

function configFor(f: Fixture): Config {
  const parsed = parseConfig({ asOf: AS_OF[f] });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** A port that also records the sheet models written through it. */
function recording(port: WorkbookPort): { port: WorkbookPort; models: SheetModel[] } {
  const models: SheetModel[] = [];
  return {
    models,
    port: {
      ...port,
      writeSheet: (model, options) => {
        models.push(model);
        return port.writeSheet(model, options);
      },
    },
  };
}

/** The use cases in the order a user runs them: check, summary (twice), snapshot (twice). */
async function runUseCases(opened: Opened, f: Fixture) {
  const config = configFor(f);
  const { port, models } = recording(opened.port);
  const before = await port.readGrid();
  const outcome = await checkWorkbookPort(port, config, AS_OF[f], `${f}.xlsx`);
  const first = await writeSummarySheet(port, outcome.report, config, AS_OF[f], GENERATED_AT);
  const second = await writeSummarySheet(port, outcome.report, config, AS_OF[f], GENERATED_AT);
  await appendSnapshot(port, outcome.report, config, AS_OF[f]);
  await appendSnapshot(port, outcome.report, config, AS_OF[f]);
  return { before, outcome, models, names: [first.sheetName, second.sheetName] };
}

describe.each(FIXTURES)("%s: both adapters", (f) => {
  it("give the same report, the same highlight plan and the same summary model", async () => {
    const results = [];
    for (const [, open] of ADAPTERS) results.push(await runUseCases(await open(f), f));
    const [office, xlsx] = results;
    expect(office!.outcome.report.tables.length).toBeGreaterThan(0);
    expect(xlsx!.outcome.report).toEqual(office!.outcome.report);
    expect(xlsx!.outcome.plan).toEqual(office!.outcome.plan);
    expect(xlsx!.models).toEqual(office!.models);
    expect(xlsx!.models).toHaveLength(2);
  });
});

describe.each(ADAPTERS)("%s keeps the port's contract", (_name, open) => {
  it.each(FIXTURES)("on %s", async (f) => {
    const opened = await open(f);
    const { before, outcome, names } = await runUseCases(opened, f);
    const after = await opened.after();
    const planSheets = before.sheets.map((s) => s.name);

    // the user's sheets keep their order and every value; the tool's two sheets come after, once each
    expect(names).toEqual(["RAG Summary", "RAG Summary"]);
    expect(after.sheets).toEqual([...planSheets, "RAG Summary", "RAG History"]);
    for (const s of before.sheets) {
      const now = after.grid(s.name);
      expect([now?.values, now?.text, now?.merges]).toEqual([s.values, s.text, s.merges]);
    }
    // flagged cells carry their severity's fill
    expect(outcome.plan.cells.length).toBeGreaterThan(0);
    for (const c of outcome.plan.cells)
      expect([c.address, after.fill(c.sheet, c.row, c.col)]).toEqual([c.address, highlightFill(c)]);
    expect(after.grid("RAG Summary")?.values[0]?.[0]).toBe("RAG Summary");
    // a header and one row per snapshot
    const history = after.grid("RAG History");
    expect(history?.values.length).toBe(3);
    expect(history?.values[0]?.[0]).toBe("Report date");
  });

  it.each(FIXTURES)("clears its highlights on %s, every fill as it was", async (f) => {
    const opened = await open(f);
    const start = await opened.after();
    const { outcome } = await runUseCases(opened, f);
    await opened.port.clearHighlights();
    const after = await opened.after();
    for (const c of outcome.plan.cells)
      expect([c.address, after.fill(c.sheet, c.row, c.col)]).toEqual([
        c.address,
        start.fill(c.sheet, c.row, c.col),
      ]);
  });
});
