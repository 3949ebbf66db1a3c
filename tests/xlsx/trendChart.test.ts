/**
 * The RAG History trend chart in the .xlsx copy: one stacked-column chart over every history row, redrawn
 * (not duplicated) when a later report appends a row, its series in the rating colours and its values
 * cached from the rows. Three quarters of fixture 002, each checked from the previous copy.
 */
import { checkWorkbookPort } from "../../src/app/check";
import { appendSnapshot } from "../../src/app/summary";
import { openXlsxWorkbook } from "../../src/adapters/xlsx/xlsxPort";
import { WorkbookPackage } from "../../src/adapters/xlsx/package/workbookPackage";
import { TREND_CHART_NAME } from "../../src/adapters/xlsx/package/trendChart";
import { RATING_COLOURS } from "../../src/core/palette/palette";
import { parseConfig } from "../../src/core/schema";
import { isoToExcelSerial } from "../../src/core/timescale/serial";
import { fixtureBytes } from "../office/support";

const config = (() => {
  const c = parseConfig({});
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();
const QUARTERS = ["2014-01-31", "2014-04-30", "2014-07-31"];

async function quarters(): Promise<Buffer> {
  let bytes = fixtureBytes("002-southend-sen-strategy");
  for (const asOf of QUARTERS) {
    const port = openXlsxWorkbook(bytes);
    const { report } = await checkWorkbookPort(port, config, asOf, "plan.xlsx");
    await appendSnapshot(port, report, config, asOf);
    bytes = await port.save();
  }
  return bytes;
}

describe("RAG History trend chart", () => {
  let pkg: WorkbookPackage;
  let history: string;
  beforeAll(async () => {
    pkg = new WorkbookPackage(await quarters());
    history = pkg.workbook.sheets().find((s) => s.name === "RAG History")!.part!;
  });

  it("is one chart on the history sheet, however many rows were appended", () => {
    const xml = pkg.pkg.text(history)!;
    expect(xml.match(/<drawing r:id="/g)).toHaveLength(1);
    // schema order: the drawing after the page setup, nothing after it but the end
    expect(xml.indexOf("<drawing")).toBeGreaterThan(xml.indexOf("<headerFooter"));
    const drawings = pkg.pkg.relsOf(history).filter((r) => r.type.endsWith("/drawing"));
    expect(drawings).toHaveLength(1);
    const charts = pkg.pkg.names().filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const drawing = pkg.pkg.text(`xl/drawings/${drawings[0]!.target.split("/").pop()}`)!;
    expect(drawing).toContain(`name="${TREND_CHART_NAME}"`);
  });

  it("covers every row, with the values and report dates cached, in the rating colours", () => {
    const chart = pkg.pkg.text("xl/charts/chart1.xml")!;
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain("<c:f>'RAG History'!$A$2:$A$4</c:f>");
    // Red is the history's third column (report date, complete, red…)
    expect(chart).toContain("<c:f>'RAG History'!$C$2:$C$4</c:f>");
    const serials = QUARTERS.map((d) => isoToExcelSerial(d));
    for (const [i, s] of serials.entries())
      expect(chart).toContain(`<c:pt idx="${i}"><c:v>${s}</c:v>`);
    expect(chart.match(/<c:ser>/g)).toHaveLength(4);
    for (const r of ["red", "amber", "green"] as const)
      expect(chart).toContain(`<a:srgbClr val="${RATING_COLOURS[r].fill}"/>`);
    // complete takes the configured colour, as on the summary sheet
    expect(chart).toContain(
      `<a:srgbClr val="${config.completeColour ?? RATING_COLOURS.complete.fill}"/>`
    );
    // each series caches three points, as many as the rows
    expect(chart.match(/<c:ptCount val="3"\/>/g)!.length).toBeGreaterThanOrEqual(5);
  });

  it("is declared in the content types", () => {
    const types = pkg.pkg.text("[Content_Types].xml")!;
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toMatch(/PartName="\/xl\/drawings\/drawing\d+\.xml"/);
  });
});
