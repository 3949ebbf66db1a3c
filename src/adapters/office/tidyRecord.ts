import { parseTidyRecord, type TidyRecord } from "../../core/tidy/write";

/** Workbook settings travel with the file: a reopened workbook still knows what tidy added. */
export const TIDY_KEY = "apc.tidy";

type TableRecord = TidyRecord["tables"][number];

/** Queues the record's read (a null object when there is none); read it with tidyRecordOf after the sync. */
export function loadTidyRecord(context: Excel.RequestContext): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(TIDY_KEY);
  item.load("value");
  return item;
}

/** The record a loaded setting holds: null when absent or damaged (then nothing is removed). */
export function tidyRecordOf(item: Excel.Setting): TidyRecord | null {
  if (item.isNullObject) return null;
  const v: unknown = item.value;
  try {
    return parseTidyRecord(typeof v === "string" ? JSON.parse(v) : v);
  } catch {
    return null;
  }
}

export function queueTidyRecord(context: Excel.RequestContext, record: TidyRecord): void {
  context.workbook.settings.add(TIDY_KEY, JSON.stringify(record));
}

/** The previous record with this run's additions (a table's parts joined, nothing listed twice). */
export function mergeRecords(before: TidyRecord | null, added: readonly TableRecord[]): TidyRecord {
  const tables = new Map<string, TableRecord>();
  const key = (t: TableRecord) => `${t.sheet}\u0000${t.tableKey}`;
  for (const t of [...(before?.tables ?? []), ...added]) {
    const had = tables.get(key(t));
    if (!had) {
      tables.set(key(t), { ...t, rules: [...t.rules] });
      continue;
    }
    const rules = [...had.rules];
    for (const r of t.rules) {
      if (!rules.some((x) => x.range === r.range && x.formula1 === r.formula1)) rules.push(r);
    }
    tables.set(key(t), {
      ...had,
      ...(t.list ? { list: t.list } : {}),
      ...(t.due ? { due: t.due } : {}),
      ...(t.header ? { header: t.header } : {}),
      rules,
    });
  }
  return { version: 1, tables: [...tables.values()] };
}

/** "#ffc7ce" and "#FFC7CE" are one colour; Excel hands colours back in upper case. */
export function sameColour(a: string | null | undefined, b: string): boolean {
  return (a ?? "").replace(/^#/, "").toUpperCase() === b.replace(/^#/, "").toUpperCase();
}
