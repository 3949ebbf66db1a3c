// The ratings, summary and checked copy on the real fixtures, through the real engine, at each plan's
// report date. Set APC_WRITE_DIR to keep the written workbooks for a look.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { writeCheckedCopy, writeRollup } from "../../src/adapters/xlsx/writeCheckedCopy";
import { checkWorkbook, highlightPlan } from "../../src/core/engine";
import { daysBetween } from "../../src/core/calendar/iso";
import { DEFAULT_CONFIG } from "../../src/core/schema/config";
import type { WorkbookReport } from "../../src/core/schema/report";
import { historyRow } from "../../src/core/summary/history";
import { rollupSheetModels } from "../../src/core/summary/rollupSheet";
import { buildSummary, type Summary } from "../../src/core/summary/summary";
import { summarySheetModel } from "../../src/core/summary/summarySheet";
import { parseLocation, sheetLinks } from "./xlsxPackage";

const FIXTURES = join(__dirname, "..", "fixtures");
const CASES = [
  ["000-southwark-priority4", "2003-10-31", 60],
  ["001-southwark-underperforming", "2003-01-31", 22],
  ["002-southend-sen-strategy", "2014-01-31", 26],
] as const;
const OUT = process.env.APC_WRITE_DIR;

const done: { file: string; summary: Summary }[] = [];

describe.each(CASES)("%s at %s", (name, asOf, actions) => {
  let bytes: Buffer;
  let report: WorkbookReport;
  let summary: Summary;
  let output: Buffer;

  beforeAll(async () => {
    bytes = readFileSync(join(FIXTURES, `${name}.xlsx`));
    report = checkWorkbook(await readWorkbookGrid(bytes), DEFAULT_CONFIG, asOf, `${name}.xlsx`);
    summary = buildSummary(report.tables, asOf, { workbookIssues: report.issues });
    done.push({ file: `${name}.xlsx`, summary });
    const model = summarySheetModel(summary, {
      generatedAt: `${asOf}T09:00:00`,
      file: `${name}.xlsx`,
    });
    output = await writeCheckedCopy(bytes, {
      highlights: highlightPlan(report),
      summary: model,
      history: historyRow(summary, asOf),
    });
    if (OUT) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `${name}.checked.xlsx`), output);
    }
  });

  it("rates every action by the date rule (no progress status in these plans), with the reason in words", () => {
    const all = report.tables.flatMap((t) => t.actions);
    expect(all).toHaveLength(actions);
    for (const a of all) {
      const diff = a.due === null ? null : daysBetween(asOf, a.due)!;
      const expected =
        diff === null
          ? a.ongoing
            ? "green"
            : "not-rated"
          : diff < 0
            ? "red"
            : diff <= 28
              ? "amber"
              : "green";
      expect([a.row, a.rag]).toEqual([a.row, expected]);
      const word = {
        red: "Red",
        amber: "Amber",
        green: "Green",
        "not-rated": "Not rated",
        complete: "Complete",
      }[a.rag];
      expect(a.ragReason.startsWith(`${word}: `)).toBe(true);
      expect(a.issues.some((i) => i.code === "overdue")).toBe(a.rag === "red");
    }
  });

  it("counts add up overall, by section and by owner", () => {
    expect(summary.overall.total).toBe(actions);
    const sum = (rows: Summary["bySection"]) => rows.reduce((n, r) => n + r.counts.total, 0);
    expect(sum(summary.bySection)).toBe(actions);
    expect(sum(summary.byOwner)).toBeGreaterThanOrEqual(actions);
    expect(summary.exceptions).toHaveLength(
      summary.overall.red + summary.overall.amber + summary.overall["not-rated"]
    );
  });

  it("orders exceptions red, amber, not rated, then by due date", () => {
    const rank = { red: 0, amber: 1, "not-rated": 2, green: 3, complete: 4 };
    const keys = summary.exceptions.map((e) => `${rank[e.rag]}|${e.due ?? "9999"}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("links each exception to the action cell of its row", async () => {
    const { links } = await sheetLinks(output, "RAG Summary");
    expect(links).toHaveLength(summary.exceptions.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ExcelJS.Buffer);
    links.forEach((l, i) => {
      const e = summary.exceptions[i]!;
      const target = parseLocation(l.location ?? "")!;
      expect(target).toEqual({ sheet: e.sheet, address: e.address });
      const text = String(wb.getWorksheet(target.sheet)!.getCell(target.address).text).replace(
        /\s+/g,
        " "
      );
      expect(text).toContain(e.action.slice(0, 20));
    });
  });
});

describe("specific ratings", () => {
  it("002 action 1.1, due Jan-14 at 31/01/2014, is amber, due on the report date", async () => {
    const bytes = readFileSync(join(FIXTURES, "002-southend-sen-strategy.xlsx"));
    const report = checkWorkbook(
      await readWorkbookGrid(bytes),
      DEFAULT_CONFIG,
      "2014-01-31",
      "002.xlsx"
    );
    const a = report.tables[0]!.actions.find((x) => x.row === 6)!;
    expect([a.rag, a.ragRule]).toEqual(["amber", "date-amber-window"]);
    expect(a.ragReason).toMatch(/^Amber: due 31\/01\/2014.*, on the report date 31\/01\/2014/);
  });

  it("001's 'Status (New/ Continuing)' column is not a progress column: no unknown-status issue", async () => {
    const bytes = readFileSync(join(FIXTURES, "001-southwark-underperforming.xlsx"));
    const report = checkWorkbook(
      await readWorkbookGrid(bytes),
      DEFAULT_CONFIG,
      "2003-01-31",
      "001.xlsx"
    );
    expect(report.tables.map((t) => t.statusIsProgress)).toEqual(report.tables.map(() => false));
    expect(
      report.tables
        .flatMap((t) => t.actions.flatMap((a) => a.issues))
        .filter((i) => i.code === "unknown-status")
    ).toEqual([]);
  });
});

afterAll(async () => {
  if (!OUT || done.length === 0) return;
  const models = rollupSheetModels(done, {
    asOf: "2014-01-31",
    generatedAt: "2014-01-31T09:00:00",
  });
  writeFileSync(join(OUT, "rollup.xlsx"), await writeRollup(models));
});
