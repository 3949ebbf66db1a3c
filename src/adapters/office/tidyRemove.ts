import type { TidyRecord } from "../../core/tidy/write";
import { AdapterError } from "./errors";
import type { ExcelRun } from "./host";
import { loadTidyRecord, sameColour, tidyRecordOf } from "./tidyRecord";

type TableRecord = TidyRecord["tables"][number];

/** What removal took away, and what it left because the user had changed it since. */
export interface TidyRemoval {
  readonly removed: number;
  readonly keptChanged: number;
}

interface Loaded {
  readonly t: TableRecord;
  readonly listDv: Excel.DataValidation | null;
  readonly cfs: Map<string, Excel.ConditionalFormatCollection>;
  readonly dueDv: Excel.DataValidation | null;
  readonly header: Excel.Range | null;
}

const CF_LOAD =
  "items/type,items/cellValueOrNullObject/rule,items/cellValueOrNullObject/format/fill/color";

function queueReads(context: Excel.RequestContext, t: TableRecord): Loaded {
  const ws = context.workbook.worksheets.getItem(t.sheet);
  const cfs = new Map<string, Excel.ConditionalFormatCollection>();
  for (const r of t.rules) {
    if (!cfs.has(r.range)) cfs.set(r.range, ws.getRange(r.range).conditionalFormats.load(CF_LOAD));
  }
  return {
    t,
    listDv: t.list ? ws.getRange(t.list.range).dataValidation.load("type,rule") : null,
    cfs,
    dueDv: t.due ? ws.getRange(t.due.range).dataValidation.load("type,prompt") : null,
    header: t.header ? ws.getRange(t.header.cell).load("values") : null,
  };
}

/** Queues the removal of what is still as the tool left it; counts what the user has changed since. */
function queueRemovals(
  context: Excel.RequestContext,
  l: Loaded,
  n: { removed: number; keptChanged: number }
): void {
  const { t } = l;
  const ws = context.workbook.worksheets.getItem(t.sheet);
  const count = (ok: boolean) => (ok ? (n.removed += 1) : (n.keptChanged += 1));
  if (t.list && l.listDv) {
    const source = (l.listDv.rule.list as { source?: unknown } | undefined)?.source;
    const ours = l.listDv.type === "List" && source === t.list.source;
    if (ours) ws.getRange(t.list.range).dataValidation.clear();
    count(ours);
  }
  const used = new Set<Excel.ConditionalFormat>();
  for (const r of t.rules) {
    const cf = l.cfs.get(r.range)?.items.find((x) => {
      const v = x.cellValueOrNullObject;
      return (
        !used.has(x) &&
        !v.isNullObject &&
        v.rule.operator === "EqualTo" &&
        v.rule.formula1 === r.formula1 &&
        sameColour(v.format.fill.color, r.fill)
      );
    });
    if (cf) {
      used.add(cf);
      cf.delete();
    }
    count(cf !== undefined);
  }
  if (t.due && l.dueDv) {
    const ours = l.dueDv.type === "Date" && l.dueDv.prompt.title === t.due.title;
    if (ours) ws.getRange(t.due.range).dataValidation.clear();
    count(ours);
  }
  if (t.header && l.header) {
    const ours = l.header.values[0]?.[0] === t.header.text;
    if (ours) ws.getRange(t.header.cell).clear("Contents");
    count(ours);
  }
}

/**
 * Takes away exactly what tidy recorded: a rule the user has since replaced or edited stays. Three
 * syncs: the record (and the sheets there are), what is there now with the sheets' protection, then the
 * removal with the record's end.
 */
export async function removeTidy(run: ExcelRun): Promise<TidyRemoval> {
  return run(async (context) => {
    const record = loadTidyRecord(context);
    const worksheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const rec = tidyRecordOf(record);
    if (!rec) return { removed: 0, keptChanged: 0 };
    // a sheet deleted since has nothing left to remove
    const live = new Set(worksheets.items.map((w) => w.name));
    const tables = rec.tables.filter((t) => live.has(t.sheet));
    const protection = [...new Set(tables.map((t) => t.sheet))].map((s) => ({
      s,
      p: context.workbook.worksheets.getItem(s).protection.load("protected"),
    }));
    const loaded = tables.map((t) => queueReads(context, t));
    await context.sync();
    const locked = protection.filter((x) => x.p.protected).map((x) => x.s);
    if (locked.length) {
      throw new AdapterError(
        "sheet-protected",
        `Nothing was removed: "${locked.join('", "')}" is protected. Unprotect it and try again.`
      );
    }
    const n = { removed: 0, keptChanged: 0 };
    for (const l of loaded) queueRemovals(context, l, n);
    record.delete();
    await context.sync();
    return n;
  });
}
