import { OWN_SHEETS_KEY } from "./host";
import { freeSheetName, freeTableName, type OwnSheets } from "./ownSheets";

/** Where writeSheet puts the new sheet (see writeSheet.ts `place`). */
export interface Placement {
  readonly finalName: string;
  /** The add-in's previous version of the sheet, replaced by the new one; null when there is none. */
  readonly previousId: string | null;
  readonly position: number;
  readonly tableNames: ReadonlyMap<string, string>;
  readonly registryAfter: (name: string) => OwnSheets;
}

/** The new sheet's tables under their final names, free of the workbook's other tables. */
function nameTables(
  made: readonly { modelName: string; t: Excel.Table }[],
  others: readonly string[],
  wantedNames: ReadonlyMap<string, string>
): string[] {
  const mineNow = new Set(made.map((m) => m.t.name));
  const taken = new Set(others.filter((n) => !mineNow.has(n)));
  const finalTables: string[] = [];
  for (const { modelName, t } of made) {
    const wanted = wantedNames.get(modelName) ?? modelName;
    const n = taken.has(wanted) ? freeTableName(wanted, taken) : wanted;
    taken.add(n);
    finalTables.push(n);
    if (t.name !== n) t.name = n;
  }
  return finalTables;
}

/**
 * After a failed render: delete the new sheet while the previous version exists (or there was none, or
 * the failure came before the last request); otherwise finish the replacement. Returns the sheet name
 * when it finished, null when it rolled back.
 */
export async function recover(
  context: Excel.RequestContext,
  newId: string,
  mayBeComplete: boolean,
  plan: Placement & { readonly created: ReadonlyMap<string, Excel.Table> }
): Promise<string | null> {
  const fresh = context.workbook.worksheets.getItemOrNullObject(newId);
  fresh.load("name");
  const oldId = plan.previousId;
  const old = oldId ? context.workbook.worksheets.getItemOrNullObject(oldId) : null;
  old?.load("id");
  const names = context.workbook.worksheets;
  names.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  // the new sheet's own tables (always loadable, unlike a proxy whose add never ran), in creation order
  const mineList = fresh.tables.load("items/name");
  await context.sync();
  if (fresh.isNullObject) return null;
  // an earlier block failed: the sheet is incomplete even if the previous version has gone meanwhile
  if (!mayBeComplete || !old || !old.isNullObject) {
    fresh.delete();
    await context.sync();
    return null;
  }
  const others = names.items.filter((s) => s.name !== fresh.name).map((s) => s.name);
  const name = others.some((n) => n.toLowerCase() === plan.finalName.toLowerCase())
    ? freeSheetName(plan.finalName, others)
    : plan.finalName;
  fresh.name = name;
  fresh.position = plan.position;
  const modelNames = [...plan.created.keys()];
  const made = mineList.items.map((t, i) => ({ modelName: modelNames[i] ?? t.name, t }));
  const finalTables = nameTables(
    made,
    tables.items.map((t) => t.name),
    plan.tableNames
  );
  const reg = plan.registryAfter(name);
  const entry = reg.sheets[reg.sheets.length - 1];
  if (entry) entry.tables = finalTables;
  context.workbook.settings.add(OWN_SHEETS_KEY, reg);
  await context.sync();
  return name;
}
