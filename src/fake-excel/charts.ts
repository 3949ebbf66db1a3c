import { rectA1 } from "./address";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { itemNotFound } from "./errors";
import { FakeClientObject } from "./proxy";
import type { FakeRange } from "./range";
import type { FakeChartState } from "./types";
import type { FakeWorksheet } from "./worksheet";

/** A chart is recorded, not drawn: type, source, title, axis values and position are what tests check. */
export class FakeChart extends FakeClientObject {
  readonly title: FakeChartTitle;
  readonly series: { getItemAt(i: number): FakeChartSeries };

  constructor(
    ctx: FakeRequestContext,
    readonly _resolveChart: () => FakeChartState | null
  ) {
    super(ctx, "Chart");
    this.title = new FakeChartTitle(ctx, this);
    this.series = { getItemAt: (i: number) => new FakeChartSeries(ctx, this, i) };
  }

  _isNull(): boolean {
    return this._resolveChart() === null;
  }

  /** @internal */
  _must(): FakeChartState {
    const c = this._resolveChart();
    if (!c) throw itemNotFound("chart");
    return c;
  }

  protected _scalars(): readonly string[] {
    return ["name", "chartType", "id"];
  }

  protected override _child(name: string): FakeClientObject | undefined {
    return name === "title" ? this.title : undefined;
  }

  protected _read(name: string): unknown {
    const c = this._must();
    if (name === "name") return c.name;
    if (name === "id") return c.id;
    return c.type;
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => void (this._must().name = v));
  }
  get chartType(): string {
    return this._get("chartType");
  }

  /** ExcelApi 1.1: the chart draws from another range (a history that grew by a row). */
  setData(sourceData: FakeRange, seriesBy = "Auto"): void {
    this._call("setData", [seriesBy], () => {
      const c = this._must();
      const src = sourceData._must();
      this.context.host.assertWritable(src.sheet);
      c.sourceSheetId = src.sheet.id;
      c.sourceAddress = rectA1(src.rect);
      c.seriesBy = seriesBy;
    });
  }

  setPosition(startCell: FakeRange | string, _endCell?: FakeRange | string): void {
    this._call("setPosition", [typeof startCell === "string" ? startCell : "<range>"], () => {
      const c = this._must();
      if (typeof startCell === "string") c.position = startCell;
      else {
        const r = startCell._must();
        c.position = rectA1({ ...r.rect, bottom: r.rect.top, right: r.rect.left });
      }
    });
  }
}

/**
 * A part of a chart (title, series, format, fill): it exists while its chart does, and loads nothing
 * unless it says so.
 */
abstract class FakeChartPart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    typeName: string,
    protected readonly chart: FakeChart
  ) {
    super(ctx, typeName);
  }

  _isNull(): boolean {
    return this.chart._isNull();
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(_name: string): unknown {
    return undefined;
  }
}

export class FakeChartTitle extends FakeChartPart {
  constructor(ctx: FakeRequestContext, chart: FakeChart) {
    super(ctx, "ChartTitle", chart);
  }

  protected override _scalars(): readonly string[] {
    return ["text"];
  }

  protected override _read(): unknown {
    return this.chart._must().title;
  }

  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, () => void (this.chart._must().title = v));
  }
}

export class FakeChartSeries extends FakeChartPart {
  readonly format: FakeChartSeriesFormat;

  constructor(
    ctx: FakeRequestContext,
    chart: FakeChart,
    private readonly index: number
  ) {
    super(ctx, "ChartSeries", chart);
    this.format = new FakeChartSeriesFormat(ctx, chart, index);
  }

  /** ExcelApi 1.7: the category labels. */
  setXAxisValues(source: FakeRange): void {
    this._call("setXAxisValues", [this.index], () => {
      const r = source._must();
      this.chart._must().xAxisAddress = rectA1(r.rect);
    });
  }
}

/** A series' format: only its fill is modelled (the trend chart colours each rating's series). */
export class FakeChartSeriesFormat extends FakeChartPart {
  readonly fill: FakeChartFill;

  constructor(ctx: FakeRequestContext, chart: FakeChart, index: number) {
    super(ctx, "ChartSeriesFormat", chart);
    this.fill = new FakeChartFill(ctx, chart, index);
  }
}

export class FakeChartFill extends FakeChartPart {
  constructor(
    ctx: FakeRequestContext,
    chart: FakeChart,
    private readonly index: number
  ) {
    super(ctx, "ChartFill", chart);
  }

  /** ExcelApi 1.1: "#RRGGBB" or a colour name; recorded per series index. */
  setSolidColor(color: string): void {
    this._call("setSolidColor", [color], () => {
      this.context.host.require("ChartSeries.format");
      this.context.host.require("ChartSeriesFormat.fill");
      const c = this.chart._must();
      const fills = [...(c.seriesFills ?? [])];
      fills[this.index] = color;
      c.seriesFills = fills;
    });
  }
}

export class FakeChartCollection extends FakeCollection<FakeChart> {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet
  ) {
    super(ctx, "ChartCollection");
  }

  override _isNull(): boolean {
    return this.ws._isNull();
  }

  protected _itemsNow(): FakeChart[] {
    return this.ws._must().charts.map((c) => new FakeChart(this.context, () => c));
  }

  /** charts.add(type, sourceData, seriesBy): the chart is recorded with its source address. */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: FakeChartState | null = null;
    this._call("add", [type, seriesBy], () => {
      const host = this.context.host;
      const sheet = this.ws._must();
      host.assertWritable(sheet);
      const src = sourceData._must();
      created = {
        id: host.newId("chart"),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        sourceSheetId: src.sheet.id,
        sourceAddress: rectA1(src.rect),
        seriesBy,
        title: "",
      };
      sheet.charts.push(created);
    });
    return new FakeChart(this.context, () => created);
  }
}
