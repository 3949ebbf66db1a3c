import { setPrintNames } from "./printSetup";
import type { Rating } from "../../../core/schema/action";
import type { SheetModel } from "../../../core/summary/sheetModel";
import { ownershipName } from "../writeOwnership";
import { RATING_FILL } from "../writeStyles";
import { colLetters } from "./a1";
import { chartXml, drawingXml, type ChartData } from "./chart";
import { addContentTypes, relativeTarget, relsPathOf, type Package } from "./opc";
import { dropOwnedParts, findOwned, freeSheetName, selectOnly, tablesIn } from "./ownSheets";
import { renderSheetXml, tableXml, type RenderedSheet } from "./renderSheet";
import type { StyleBook } from "./styles";
import { NS, quoteSheet, type WorkbookPart } from "./workbook";

const DRAWING_CT = `${NS.ct}.drawing+xml`;
const CHART_CT = `${NS.ct}.drawingml.chart+xml`;
const TABLE_CT = `${NS.ct}.spreadsheetml.table+xml`;

/** Excel wants table names unique in the workbook, also against defined names: add _2, _3 … */
function uniqueName(taken: Set<string>, preferred: string): string {
  let name = preferred;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${preferred}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function chartData(
  model: SheetModel,
  sheet: string
): Array<ChartData & { top: number; left: number }> {
  return model.charts.flatMap((ch) => {
    const t = model.tables.find((x) => x.name === ch.table);
    if (!t || t.rows.length === 0 || ch.valueColumn < 1 || ch.valueColumn >= t.columns.length)
      return [];
    const q = quoteSheet(sheet);
    const col = (c: number) => `$${colLetters(c)}`;
    const bottom = t.top + t.rows.length;
    const valueCol = t.left + ch.valueColumn;
    return [
      {
        title: ch.title,
        kind: ch.kind,
        top: ch.top,
        left: ch.left,
        seriesName: {
          ref: `${q}!${col(valueCol)}$${t.top}`,
          text: t.columns[ch.valueColumn] ?? "",
        },
        categories: {
          ref: `${q}!${col(t.left)}$${t.top + 1}:${col(t.left)}$${bottom}`,
          values: t.rows.map((r) => String(r[0]?.value ?? "")),
        },
        values: {
          ref: `${q}!${col(valueCol)}$${t.top + 1}:${col(valueCol)}$${bottom}`,
          values: t.rows.map((r) => {
            const v = r[ch.valueColumn]?.value;
            return typeof v === "number" ? v : 0;
          }),
        },
        colours: t.rows.map((r) => {
          const intent = r[0]?.intent;
          if (!intent?.startsWith("rating-")) return null;
          return model.fills?.[intent] ?? RATING_FILL[intent.slice(7) as Rating] ?? null;
        }),
      },
    ];
  });
}

/** Adds the chart's drawing and chart parts; returns the drawing part. */
function addChart(pkg: Package, chart: ChartData & { top: number; left: number }): string {
  const drawing = pkg.freeName("xl/drawings/drawing{n}.xml");
  const chartPart = pkg.freeName("xl/charts/chart{n}.xml");
  pkg.set(chartPart, chartXml(chart));
  const [rid] = pkg.addRels(drawing, [
    { type: `${NS.relType}/chart`, target: relativeTarget(drawing, chartPart) },
  ]);
  // beside the ratings table, from its heading to the blank row under it (the next block starts there),
  // three columns wide from the anchor
  const from = { col: chart.left - 1, row: Math.max(0, chart.top - 2) };
  const to = { col: chart.left + 2, row: chart.top + chart.values.values.length + 1 };
  pkg.set(drawing, drawingXml(rid ?? "rId1", from, to, chart.title));
  addContentTypes(pkg, [
    { part: drawing, type: DRAWING_CT },
    { part: chartPart, type: CHART_CT },
  ]);
  return drawing;
}

/**
 * Writes a SheetModel as a worksheet of the package: the tool's earlier sheet of this kind (found by its
 * defined-name mark) is written over in place, keeping its tab position and name; otherwise a new sheet
 * is added after the others under a free name. Tables become table parts, the chart a DrawingML chart.
 */
export function writeModelSheet(
  pkg: Package,
  wb: WorkbookPart,
  styles: StyleBook,
  model: SheetModel,
  options: { readonly activate?: boolean } = {}
): string {
  const previous = findOwned(wb, model.name);
  let entry = previous;
  if (previous?.part) dropOwnedParts(pkg, previous.part);
  if (!entry?.part) entry = wb.addSheet(freeSheetName(wb, model.name)).entry;
  const part = entry.part!;
  const taken = new Set([
    ...tablesIn(pkg).map((t) => t.name.toLowerCase()),
    ...wb.definedNames().map((d) => d.name.toLowerCase()),
  ]);
  let nextId = Math.max(0, ...tablesIn(pkg).map((t) => t.id));
  const charts = chartData(model, entry.name);
  const drawings = charts.slice(0, 1).map((c) => addChart(pkg, c));
  const tableParts = model.tables.map(() => {
    const p = pkg.freeName("xl/tables/table{n}.xml");
    pkg.set(p, "<table/>"); // reserve the name
    return p;
  });
  const rels = pkg.addRels(part, [
    ...drawings.map((d) => ({ type: `${NS.relType}/drawing`, target: relativeTarget(part, d) })),
    ...tableParts.map((t) => ({ type: `${NS.relType}/table`, target: relativeTarget(part, t) })),
  ]);
  const rendered: RenderedSheet = renderSheetXml(
    model,
    (spec) => styles.xf(spec),
    { drawing: drawings.length ? (rels[0] ?? null) : null, tables: rels.slice(drawings.length) },
    { selected: options.activate === true }
  );
  rendered.tables.forEach(({ table, ref, headers }, i) => {
    const name = uniqueName(taken, table.name);
    pkg.set(tableParts[i]!, tableXml(++nextId, name, ref, headers));
  });
  addContentTypes(
    pkg,
    tableParts.map((t) => ({ part: t, type: TABLE_CT }))
  );
  pkg.set(part, rendered.xml);
  wb.setDefinedName(ownershipName(model.name), `${quoteSheet(entry.name)}!$A$1`);
  setPrintNames(wb, entry.name, model.print);
  if (options.activate) selectOnly(pkg, wb, entry);
  return entry.name;
}

export { relsPathOf };
