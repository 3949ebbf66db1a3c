import type { TrendChart } from "../../core/summary";

/** The name the add-in gives its trend chart on the history sheet, so a later append redraws that one. */
export const TREND_CHART_NAME = "APC_TrendChart";

/**
 * Queues the history's trend chart over rows 1..`lastRow` (the header names the series): a new stacked
 * column chart beside the history, or the existing one pointed at the grown range (`Chart.setData`), never
 * a second chart. Each rating's series takes the palette's fill, so Red reads red, as in the .xlsx copy.
 * Members: ChartCollection.add, Chart.setData / name / title / setPosition, ChartFill.setSolidColor
 * (ExcelApi 1.1), ChartSeries.setXAxisValues (ExcelApi 1.7): all within the 1.9 baseline.
 */
export function queueTrendChart(
  ws: Excel.Worksheet,
  existing: Excel.Chart | null,
  chart: TrendChart,
  lastRow: number,
  width: number
): void {
  // the series' columns are adjacent in the history (red, amber, green, complete); the chart's series
  // follow the source's column order
  const series = [...chart.series].sort((a, b) => a.column - b.column);
  const first = series[0]?.column;
  const last = series[series.length - 1]?.column;
  if (first === undefined || last === undefined || lastRow < 2) return;
  const source = ws.getRangeByIndexes(0, first, lastRow, last - first + 1);
  let target: Excel.Chart;
  if (existing) {
    target = existing;
    target.setData(source, "Columns");
  } else {
    target = ws.charts.add("ColumnStacked", source, "Columns");
    target.name = TREND_CHART_NAME;
    target.title.text = chart.title;
    target.setPosition(ws.getRangeByIndexes(0, width + 1, 1, 1));
  }
  const dates = ws.getRangeByIndexes(1, chart.categoryColumn, lastRow - 1, 1);
  series.forEach((s, i) => {
    const item = target.series.getItemAt(i);
    item.format.fill.setSolidColor(`#${s.fill}`);
    item.setXAxisValues(dates);
  });
}
