/**
 * One colour model: the CLI's checked copy (ExcelJS) and the add-in (Office.js) draw every fill from
 * core/palette, and each highlight means one thing.
 */
import ExcelJS from "exceljs";
import { INTENT_STYLE } from "../src/adapters/office/render";
import { writeCheckedCopy } from "../src/adapters/xlsx/writeCheckedCopy";
import { intentStyle } from "../src/adapters/xlsx/writeStyles";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrid } from "../src/adapters/xlsx/read";
import { checkWorkbook, highlightPlan } from "../src/core/engine";
import {
  HIGHLIGHT_FILL,
  HIGHLIGHT_KINDS,
  HIGHLIGHT_LEGEND,
  intentFill,
} from "../src/core/palette/palette";
import { DEFAULT_CONFIG } from "../src/core/schema";
import type { FormatIntent } from "../src/core/summary/sheetModel";
import { buildSummary, summarySheetModel } from "../src/core/summary";

const COLOURED = (Object.keys(INTENT_STYLE) as FormatIntent[]).filter(
  (i) => intentFill(i) !== null
);

describe("one colour model", () => {
  it("covers ratings, severities and highlights", () => {
    expect(COLOURED).toHaveLength(5 + 3 + HIGHLIGHT_KINDS.length);
  });

  it.each(COLOURED)("%s: the add-in and the CLI's copy fill it alike", (intent) => {
    const rgb = intentFill(intent)!;
    expect(INTENT_STYLE[intent].fill).toBe(`#${rgb}`);
    expect(intentStyle(intent).fill).toMatchObject({ fgColor: { argb: `FF${rgb}` } });
  });

  it("each highlight has its own colour, and the legend names each once", () => {
    expect(new Set(Object.values(HIGHLIGHT_FILL)).size).toBe(HIGHLIGHT_KINDS.length);
    expect(HIGHLIGHT_LEGEND.map((e) => e.kind)).toEqual([...HIGHLIGHT_KINDS]);
  });

  it("in a checked copy, overdue, open-ended and missing cells differ, and the summary carries the legend", async () => {
    const bytes = readFileSync(join(__dirname, "fixtures", "000-southwark-priority4.xlsx"));
    const report = checkWorkbook(
      await readWorkbookGrid(bytes),
      DEFAULT_CONFIG,
      "2003-10-31",
      "p.xlsx"
    );
    const plan = highlightPlan(report);
    const summary = summarySheetModel(buildSummary(report.tables, "2003-10-31"), {
      generatedAt: "2003-10-31T09:00:00Z",
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeCheckedCopy(bytes, { highlights: plan, summary })) as never);
    const fillAt = (sheet: string, address: string) =>
      (wb.getWorksheet(sheet)!.getCell(address).fill as ExcelJS.FillPattern).fgColor?.argb;
    const byKind = new Map<string, Set<string | undefined>>();
    for (const c of plan.cells) {
      const set = byKind.get(c.kind!) ?? new Set();
      set.add(fillAt(c.sheet, c.address));
      byKind.set(c.kind!, set);
    }
    expect([...byKind.keys()].sort()).toEqual(["missing", "open-ended", "red"]);
    for (const [kind, fills] of byKind)
      expect([...fills]).toEqual([`FF${HIGHLIGHT_FILL[kind as keyof typeof HIGHLIGHT_FILL]}`]);
    const legend = summary.cells.filter((c) => c.cell.intent?.startsWith("highlight-"));
    expect(legend.map((c) => c.cell.value)).toEqual(HIGHLIGHT_LEGEND.map((e) => e.label));
    const meanings = legend.map(
      (l) => summary.cells.find((c) => c.row === l.row && c.col === l.col + 1)?.cell.value
    );
    expect(meanings).toEqual(HIGHLIGHT_LEGEND.map((e) => e.meaning));
  });
});
