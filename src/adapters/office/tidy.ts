import type { TidyOutcome, TidyRecord, TidyTableWrite } from "../../core/tidy/write";
import { AdapterError } from "./errors";
import type { ExcelRun } from "./host";
import {
  loadTidyRecord,
  mergeRecords,
  queueTidyRecord,
  sameColour,
  tidyRecordOf,
} from "./tidyRecord";

// "Tidy this plan" through Office.js. Members and API sets, from the Office.js reference:
// Range.dataValidation, DataValidation.rule/prompt/errorAlert/type/clear — ExcelApi 1.8;
// Range.conditionalFormats, ConditionalFormatCollection.add (new format at the top priority),
// ConditionalFormat.cellValue(OrNullObject), CellValueConditionalFormat.rule/format,
// ConditionalRangeFill.color, ConditionalRangeFont.color, ConditionalFormat.delete — ExcelApi 1.6;
// WorksheetProtection.protected — 1.2; Workbook.settings — 1.4. All within the manifest's 1.9.
// Two syncs: one read (protection, what each range already has, the tool's record), one write.

type Skipped = TidyOutcome["skipped"][number];

interface Loaded {
  readonly w: TidyTableWrite;
  readonly statusDv: Excel.DataValidation | null;
  readonly statusCfs: Excel.ConditionalFormatCollection | null;
  readonly dueDv: Excel.DataValidation | null;
  readonly header: Excel.Range | null;
}

const CF_LOAD =
  "items/type,items/cellValueOrNullObject/rule,items/cellValueOrNullObject/format/fill/color";

function queueReads(context: Excel.RequestContext, w: TidyTableWrite): Loaded {
  const ws = context.workbook.worksheets.getItem(w.sheet);
  const status = w.status ? ws.getRange(w.status.range) : null;
  const due = w.due ? ws.getRange(w.due.range) : null;
  const header = w.addColumn ? ws.getRange(w.addColumn.cell).load("values") : null;
  return {
    w,
    statusDv: status ? status.dataValidation.load("type,rule") : null,
    statusCfs: status ? status.conditionalFormats.load(CF_LOAD) : null,
    dueDv: due ? due.dataValidation.load("type,rule,prompt") : null,
    header,
  };
}

/** Whether one of the sheets is protected: tidy then writes nothing at all, and says which. */
async function refuseProtected(
  sheets: ReadonlyMap<string, Excel.WorksheetProtection>
): Promise<void> {
  const locked = [...sheets].filter(([, p]) => p.protected).map(([name]) => name);
  if (locked.length) {
    throw new AdapterError(
      "sheet-protected",
      `Nothing was added: ${locked.map((n) => `"${n}"`).join(", ")} ${locked.length > 1 ? "are" : "is"} protected. Unprotect the sheet (Review › Unprotect Sheet) and tidy again.`
    );
  }
}

/** What one table's writes share: its sheet, its record and the run's tallies. */
interface Acc {
  readonly w: TidyTableWrite;
  readonly ws: Excel.Worksheet;
  readonly rec: TidyRecord["tables"][number];
  readonly skipped: Skipped[];
  readonly added: { lists: number; rules: number; prompts: number; columns: number };
}

/** The status header the user agreed to, in an empty cell only; false when the cell holds something else. */
function queueColumn({ w, ws, rec, skipped, added }: Acc, l: Loaded): boolean {
  let columnOk = true;
  if (w.addColumn && l.header) {
    const v = l.header.values[0]?.[0];
    if (v === "" || v === null || v === undefined) {
      ws.getRange(w.addColumn.cell).values = [[w.addColumn.header]];
      rec.header = { cell: w.addColumn.cell, text: w.addColumn.header };
      added.columns += 1;
    } else {
      columnOk = String(v).trim().toLowerCase() === w.addColumn.header.toLowerCase();
      skipped.push({
        sheet: w.sheet,
        range: w.addColumn.cell,
        part: "column",
        reason: columnOk ? "already-added" : "not-empty",
      });
    }
  }
  return columnOk;
}

/** The dropdown (unless the range has a validation) and each colour rule not already there. */
function queueStatus({ w, ws, rec, skipped, added }: Acc, l: Loaded): void {
  if (w.status && l.statusDv && l.statusCfs) {
    const range = ws.getRange(w.status.range);
    const dv = l.statusDv;
    const source = String((dv.rule.list as { source?: unknown } | undefined)?.source ?? "");
    if (dv.type === "None") {
      range.dataValidation.rule = { list: { inCellDropDown: true, source: w.status.listSource } };
      // a word outside the list is allowed (with a warning): the plan's own wording is never refused
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "Status",
        message: "This is not one of the plan's status words. Keep it anyway?",
      };
      rec.list = { range: w.status.range, source: w.status.listSource };
      added.lists += 1;
    } else {
      const ours = dv.type === "List" && source === w.status.listSource;
      skipped.push({
        sheet: w.sheet,
        range: w.status.range,
        part: "list",
        reason: ours ? "already-added" : "has-validation",
      });
    }
    const existing = l.statusCfs.items.filter((cf) => !cf.cellValueOrNullObject.isNullObject);
    let already = 0;
    // added in reverse so the plan's first word ends at the top priority, as the user reads them
    for (const rule of [...w.status.rules].reverse()) {
      const there = existing.some((cf) => {
        const r = cf.cellValueOrNullObject.rule;
        return (
          r.operator === "EqualTo" &&
          r.formula1.toLowerCase() === rule.formula1.toLowerCase() &&
          sameColour(cf.cellValueOrNullObject.format.fill.color, rule.fill)
        );
      });
      if (there) {
        already += 1;
        continue;
      }
      const cf = range.conditionalFormats.add("CellValue");
      cf.cellValue.rule = { operator: "EqualTo", formula1: rule.formula1 };
      cf.cellValue.format.fill.color = rule.fill;
      cf.cellValue.format.font.color = rule.ink;
      rec.rules.push({ range: w.status.range, formula1: rule.formula1, fill: rule.fill });
      added.rules += 1;
    }
    if (already)
      skipped.push({
        sheet: w.sheet,
        range: w.status.range,
        part: "rules",
        reason: "already-added",
      });
  }
}

/** The date prompt, unless the due range has a validation already. */
function queueDue({ w, ws, rec, skipped, added }: Acc, l: Loaded): void {
  if (w.due && l.dueDv) {
    const dv = l.dueDv;
    if (dv.type === "None") {
      const range = ws.getRange(w.due.range);
      range.dataValidation.rule = { date: { operator: "GreaterThan", formula1: "2000-01-01" } };
      range.dataValidation.prompt = {
        showPrompt: true,
        title: w.due.prompt.title,
        message: w.due.prompt.text,
      };
      // a month or a term is a good answer too: the alert informs, it never refuses
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Information",
        title: w.due.prompt.title,
        message:
          "Not a date. A month or a term with its year (March 2025, Spring term 2025) is fine too.",
      };
      rec.due = { range: w.due.range, title: w.due.prompt.title };
      added.prompts += 1;
    } else {
      const ours = dv.type === "Date" && dv.prompt.title === w.due.prompt.title;
      skipped.push({
        sheet: w.sheet,
        range: w.due.range,
        part: "prompt",
        reason: ours ? "already-added" : "has-validation",
      });
    }
  }
}

/** Queues one table's writes after its read; returns what it recorded. */
function queueWrites(
  context: Excel.RequestContext,
  l: Loaded,
  skipped: Skipped[],
  added: Acc["added"]
): TidyRecord["tables"][number] {
  const { w } = l;
  const acc: Acc = {
    w,
    ws: context.workbook.worksheets.getItem(w.sheet),
    rec: { sheet: w.sheet, tableKey: w.tableKey, rules: [] },
    skipped,
    added,
  };
  if (queueColumn(acc, l)) queueStatus(acc, l);
  queueDue(acc, l);
  return acc.rec;
}

/**
 * Adds the dropdowns, colour rules and date prompts, never over a validation the user already has, never
 * a second copy of its own, and never a value (other than a status header the user agreed to). Records
 * what it added in the workbook's settings. Two syncs (one when there is nothing left to add).
 */
export async function applyTidy(
  run: ExcelRun,
  writes: readonly TidyTableWrite[]
): Promise<TidyOutcome> {
  return run(async (context) => {
    const protection = new Map<string, Excel.WorksheetProtection>();
    for (const w of writes) {
      if (!protection.has(w.sheet))
        protection.set(
          w.sheet,
          context.workbook.worksheets.getItem(w.sheet).protection.load("protected")
        );
    }
    const loaded = writes.map((w) => queueReads(context, w));
    const record = loadTidyRecord(context);
    await context.sync();
    await refuseProtected(protection);
    const skipped: Skipped[] = [];
    const added = { lists: 0, rules: 0, prompts: 0, columns: 0 };
    const recs = loaded.map((l) => queueWrites(context, l, skipped, added));
    const any = added.lists + added.rules + added.prompts + added.columns > 0;
    if (!any) return { added, skipped };
    queueTidyRecord(context, mergeRecords(tidyRecordOf(record), recs));
    await context.sync();
    return { added, skipped };
  });
}
