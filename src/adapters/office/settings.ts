import { AdapterError, officeCode } from "./errors";
import { SETTINGS_KEY, type ExcelRun } from "./host";

/**
 * The add-in's settings as saved in the workbook (raw: the caller validates with zod), or null. One sync,
 * which also carries what `alongside` queues (its result is taken once the sync is back).
 */
export async function loadSettings(
  run: ExcelRun,
  alongside?: (context: Excel.RequestContext) => () => void
): Promise<unknown> {
  return run(async (context) => {
    const s = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    s.load("value");
    const done = alongside?.(context);
    await context.sync();
    done?.();
    if (s.isNullObject) return null;
    const v: unknown = s.value;
    if (typeof v !== "string") return v ?? null;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return null;
    }
  });
}

/** Saves the settings as JSON text in the workbook. One sync. */
export async function saveSettings(run: ExcelRun, value: unknown): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(value));
    await context.sync();
  });
}

/** Shows a cell to the user: activates its sheet and selects it. One sync. */
export async function select(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    try {
      await context.sync();
    } catch (e) {
      if (officeCode(e) !== "ItemNotFound") throw e;
      throw new AdapterError(
        "not-found",
        `There is no sheet called "${sheet}" any more (it was renamed or deleted). Run the check again.`,
        e
      );
    }
  });
}
