/**
 * The RAG History sheet's trend chart in the add-in (issue 16 point 3): drawn over every row at each append,
 * one chart however many quarters, each rating's series in the palette's fill, in the same round trips as
 * the rows, on the ExcelApi 1.9 baseline.
 */
import { createOfficeWorkbook } from "../../src/adapters/office";
import { TREND_CHART_NAME } from "../../src/adapters/office/trendChart";
import { RATING_COLOURS } from "../../src/core/palette/palette";
import { historyTrendChart } from "../../src/core/summary";
import { createFakeExcel } from "../../src/fake-excel";
import { countSyncs, runOf, sheet } from "./support";

const HEADER = ["Report date", "Complete", "Red", "Amber", "Green", "Not rated", "Total"];
const quarter = (date: string, n: number) => [date, n, 5 - n, 2, 10, 1, 18 + (n % 2)];

describe("Office adapter: RAG History trend chart", () => {
  it.each(["1.9", "1.20"] as const)(
    "draws one stacked column chart and redraws it over the grown history (ExcelApi %s)",
    async (api) => {
      const fake = createFakeExcel(
        { sheets: [{ name: "Action Plan" }] },
        { profile: { api, platform: "web" } }
      );
      const port = createOfficeWorkbook(runOf(fake));
      const chart = historyTrendChart();
      const first = await countSyncs(fake, () =>
        port.appendRows("RAG History", HEADER, [quarter("2013-10-31", 1)], { chart })
      );
      const second = await countSyncs(fake, () =>
        port.appendRows("RAG History", HEADER, [quarter("2014-01-31", 2)], { chart })
      );
      await port.appendRows("RAG History", HEADER, [quarter("2014-04-30", 3)], { chart });

      const charts = sheet(fake, "RAG History").charts;
      expect(charts).toHaveLength(1);
      const [c] = charts;
      expect(c).toMatchObject({
        name: TREND_CHART_NAME,
        type: "ColumnStacked",
        seriesBy: "Columns",
        // header row (the series' names) and three quarters; Complete, Red, Amber, Green columns
        sourceAddress: "B1:E4",
        xAxisAddress: "A2:A4",
        title: "Actions by rating at each report",
      });
      // each series in its rating's colour, in the history's column order
      expect(c?.seriesFills).toEqual(
        (["complete", "red", "amber", "green"] as const).map((r) => `#${RATING_COLOURS[r].fill}`)
      );
      // the chart costs no round trip of its own
      expect(first.syncs).toBeLessThanOrEqual(3);
      expect(second.syncs).toBeLessThanOrEqual(3);
    }
  );

  it("adds no chart when the caller asks for none", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Action Plan" }] });
    const port = createOfficeWorkbook(runOf(fake));
    await port.appendRows("RAG History", HEADER, [quarter("2013-10-31", 1)]);
    expect(sheet(fake, "RAG History").charts).toHaveLength(0);
  });
});
