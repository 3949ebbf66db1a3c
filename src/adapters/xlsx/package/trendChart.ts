import type { TrendChart } from "../../../core/summary/history";
import { colLetters } from "./a1";
import { drawingXml } from "./chart";
import { addContentTypes, relKind, relativeTarget, resolveTarget, type Package } from "./opc";
import { NS, quoteSheet, relPrefix } from "./workbook";
import {
  attr,
  escapeText,
  findElement,
  rootPrefix,
  topLevel,
  unescapeXml,
  worksheetChildrenAfter,
} from "./xml";

// The RAG History sheet's trend chart: a stacked column per report date, one series per rating, its refs
// over every history row and its values cached (a viewer that does not recalculate draws it as Excel
// would). Drawn again over the new rows at each append: the chart part is found by the anchor's name.

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The drawing anchor's name: how a later append finds the tool's chart among a sheet's drawings. */
export const TREND_CHART_NAME = "APC RAG trend";
const AFTER_DRAWING = new Set(worksheetChildrenAfter("drawing"));

/** Numbers in the sheet's cells by 1-based row and column (text cells are left out: counts are numbers). */
function numbersIn(xml: string): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  const data = findElement(xml, "sheetData");
  if (!data) return out;
  const body = xml.slice(data.inner, data.innerEnd);
  for (const m of body.matchAll(
    /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g
  )) {
    const tag = `<c${m[1] ?? ""}>`;
    const ref = /^([A-Z]+)(\d+)$/.exec(attr(tag, "r") ?? "");
    const t = attr(tag, "t");
    const v = /<(?:[\w.-]+:)?v>([^<]*)</.exec(m[2] ?? "")?.[1];
    if (!ref || v === undefined || (t !== undefined && t !== "n")) continue;
    const n = Number(unescapeXml(v));
    if (!Number.isFinite(n)) continue;
    let col = 0;
    for (const ch of ref[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    const row = Number(ref[2]);
    if (!out.has(row)) out.set(row, new Map());
    out.get(row)!.set(col, n);
  }
  return out;
}

function numCache(values: readonly number[], format: string): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return `<c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** The chart part for rows 2..last of the history sheet named `sheet`. */
export function trendChartXml(chart: TrendChart, sheet: string, sheetXml: string): string {
  const cells = numbersIn(sheetXml);
  const rows = [...cells.keys()].filter((r) => r > 1).sort((a, b) => a - b);
  const last = Math.max(2, rows.at(-1) ?? 2);
  const q = quoteSheet(sheet);
  const range = (col0: number) =>
    `${q}!$${colLetters(col0 + 1)}$2:$${colLetters(col0 + 1)}$${last}`;
  const column = (col0: number) => {
    const values: number[] = [];
    for (let r = 2; r <= last; r++) values.push(cells.get(r)?.get(col0 + 1) ?? 0);
    return values;
  };
  const cat = `<c:cat><c:numRef><c:f>${escapeText(range(chart.categoryColumn))}</c:f>${numCache(column(chart.categoryColumn), "dd/mm/yyyy")}</c:numRef></c:cat>`;
  const series = chart.series
    .map((s, i) => {
      const name = `${q}!$${colLetters(s.column + 1)}$1`;
      const tx = `<c:tx><c:strRef><c:f>${escapeText(name)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeText(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
      const sp = `<c:spPr><a:solidFill><a:srgbClr val="${s.fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${s.line}"/></a:solidFill></a:ln></c:spPr>`;
      const val = `<c:val><c:numRef><c:f>${escapeText(range(s.column))}</c:f>${numCache(column(s.column), "0")}</c:numRef></c:val>`;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${tx}${sp}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
    })
    .join("");
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1100" b="1"/><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const axes = `<c:catAx><c:axId val="500000011"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="dd/mm/yyyy" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000012"/><c:crosses val="autoZero"/><c:auto val="0"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="500000012"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000011"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  const plot = `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500000011"/><c:axId val="500000012"/></c:barChart>${axes}`;
  const legend = `<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** The chart part of the tool's trend chart on a sheet, when it has one (found by its anchor's name). */
function existingChart(pkg: Package, sheetPart: string): string | null {
  for (const rel of pkg.relsOf(sheetPart)) {
    if (rel.external || relKind(rel.type) !== "drawing") continue;
    const drawing = resolveTarget(sheetPart, rel.target);
    const xml = pkg.text(drawing) ?? "";
    const at = xml.indexOf(`name="${TREND_CHART_NAME}"`);
    if (at < 0) continue;
    const rid = /\br:id="([^"]+)"|:id="([^"]+)"/.exec(xml.slice(at));
    const id = rid?.[1] ?? rid?.[2];
    const chartRel = pkg.relsOf(drawing).find((r) => r.id === id);
    if (chartRel) return resolveTarget(drawing, chartRel.target);
  }
  return null;
}

/**
 * Draws (or redraws over every row) the trend chart on the history sheet `sheetPart`, to the right of its
 * `width` columns. A sheet that already carries a drawing of someone else's is left without a chart.
 */
export function drawTrendChart(
  pkg: Package,
  sheetPart: string,
  sheet: string,
  width: number,
  chart: TrendChart
): void {
  const sheetXml = pkg.text(sheetPart);
  if (sheetXml === null) return;
  const known = existingChart(pkg, sheetPart);
  if (known) {
    pkg.set(known, trendChartXml(chart, sheet, sheetXml));
    return;
  }
  if (pkg.relsOf(sheetPart).some((r) => relKind(r.type) === "drawing")) return;
  const drawing = pkg.freeName("xl/drawings/drawing{n}.xml");
  const chartPart = pkg.freeName("xl/charts/chart{n}.xml");
  pkg.set(chartPart, trendChartXml(chart, sheet, sheetXml));
  const [chartRid] = pkg.addRels(drawing, [
    { type: `${NS.relType}/chart`, target: relativeTarget(drawing, chartPart) },
  ]);
  const from = { col: width + 1, row: 1 };
  pkg.set(
    drawing,
    drawingXml(chartRid ?? "rId1", from, { col: width + 9, row: 19 }, TREND_CHART_NAME)
  );
  addContentTypes(pkg, [
    { part: drawing, type: `${NS.ct}.drawing+xml` },
    { part: chartPart, type: `${NS.ct}.drawingml.chart+xml` },
  ]);
  const [rid] = pkg.addRels(sheetPart, [
    { type: `${NS.relType}/drawing`, target: relativeTarget(sheetPart, drawing) },
  ]);
  const { xml, prefix: r } = relPrefix(sheetXml);
  const p = rootPrefix(xml);
  const element = `<${p}drawing ${r}:id="${rid}"/>`;
  const after = topLevel(xml).find((e) => AFTER_DRAWING.has(e.local));
  const close = xml.lastIndexOf("</");
  const at = after ? after.start : close;
  pkg.set(sheetPart, xml.slice(0, at) + element + xml.slice(at));
}
