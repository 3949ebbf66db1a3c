import fc from "fast-check";
import { detectWorkbook } from "../../src/core/detect";
import { checkWorkbook, highlightPlan } from "../../src/core/engine";
import { configSchema, reportSchema, type Config } from "../../src/core/schema";
import { buildSummary, historyRow, summarySheetModel } from "../../src/core/summary";
import { TOOL_NAME, TOOL_VERSION } from "../../src/core/version";
import { buildWorkbook, workbookShapes } from "./support/grids";
import { params } from "./support/runs";

const isoDay = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2040-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const config: fc.Arbitrary<Config> = fc
  .record({
    amberDays: fc.integer({ min: 0, max: 366 }),
    openEnded: fc.constantFrom("green", "not-rated"),
    bareYearRange: fc.constantFrom("academic", "financial"),
    completeLabel: fc.constantFrom("Complete", "=Done", "✔ Fertig"),
    sheets: fc.oneof(
      { weight: 8, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.constantFrom(["Sheet1"], ["Action Plan", "nope"]) }
    ),
    mappingOverrides: fc.constantFrom(
      {},
      {},
      {},
      { "Sheet1!A1": { owner: "C", due: null } },
      { "Action Plan!B2": { action: "XFD", ref: "A" } }
    ),
  })
  .map((c) => configSchema.parse(c));

describe("detection and checking on any grid up to 300 × 40", () => {
  const counts = {
    workbooks: 0,
    sheets: 0,
    cells: 0,
    tables: 0,
    actions: 0,
    issues: 0,
    withTables: 0,
  };
  const small = { workbooks: 0, tables: 0 };

  afterAll(() => {
    console.log(
      `engine properties: ${counts.workbooks} workbooks up to 300 × 40 (${counts.sheets} sheets, ${counts.cells} cells): ` +
        `${counts.tables} tables found in ${counts.withTables} workbooks, ${counts.actions} actions, ${counts.issues} issues; ` +
        `${small.workbooks} small workbooks, ${small.tables} tables`
    );
  });

  it("never throws, and the JSON report always validates against reportSchema", () => {
    fc.assert(
      fc.property(workbookShapes(), config, isoDay, (shapes, cfg, asOf) => {
        const grid = buildWorkbook(shapes);
        counts.workbooks++;
        counts.sheets += grid.sheets.length;
        for (const s of grid.sheets) counts.cells += s.values.length * (s.values[0]?.length ?? 0);

        const tables = detectWorkbook(grid);
        const book = checkWorkbook(grid, cfg, asOf, "random.xlsx");
        counts.tables += book.tables.length;
        if (book.tables.length > 0) counts.withTables++;
        for (const t of book.tables) {
          counts.actions += t.actions.length;
          counts.issues += t.issues.length + t.actions.reduce((n, a) => n + a.issues.length, 0);
        }
        if (cfg.sheets.length === 0 && Object.keys(cfg.mappingOverrides).length === 0) {
          expect(book.tables.map((t) => t.key)).toEqual(tables.map((t) => t.key));
        }

        // what the CLI prints with --format json, read back as a consumer would
        const report = { tool: TOOL_NAME, version: TOOL_VERSION, asOf, workbooks: [book] };
        const parsed = reportSchema.safeParse(JSON.parse(JSON.stringify(report)));
        expect(parsed.success ? null : parsed.error.issues.slice(0, 3)).toBeNull();

        // and what is built from the report: highlights, summary sheet, history row
        const plan = highlightPlan(book);
        for (const c of plan.cells) {
          expect(grid.sheets.some((s) => s.name === c.sheet)).toBe(true);
          expect(c.row).toBeGreaterThanOrEqual(1);
          expect(c.col).toBeGreaterThanOrEqual(1);
        }
        const summary = buildSummary(book.tables, asOf, { workbookIssues: book.issues });
        summarySheetModel(summary, { generatedAt: `${asOf}T09:00:00Z`, file: "random.xlsx" });
        historyRow(summary, asOf, cfg.completeLabel);
      }),
      params(100)
    );
    // the generator must reach the checks, not just the detector's "no table here"
    expect(counts.withTables).toBeGreaterThan(counts.workbooks / 3);
    expect(counts.actions).toBeGreaterThan(counts.workbooks * 5);
  });

  it("copes with many small sheets quickly", () => {
    fc.assert(
      fc.property(workbookShapes(30, 10), isoDay, (shapes, asOf) => {
        const grid = buildWorkbook(shapes);
        small.workbooks++;
        const book = checkWorkbook(grid, configSchema.parse({}), asOf, "small.xlsx");
        small.tables += book.tables.length;
        expect(
          reportSchema.safeParse({
            tool: TOOL_NAME,
            version: TOOL_VERSION,
            asOf,
            workbooks: [book],
          }).success
        ).toBe(true);
      }),
      params(300)
    );
  });
});
