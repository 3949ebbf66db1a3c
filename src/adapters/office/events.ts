import type { ExcelRun, WriteGuard } from "./host";

/** What the task pane hears when the user edits the workbook. */
export interface EditedEvent {
  /** Worksheet ids that changed since the last callback. */
  readonly worksheetIds: readonly string[];
}

/**
 * Listens to every sheet's onChanged and calls back once edits settle (debounced). The add-in's own writes
 * are ignored: Excel marks them triggerSource "ThisLocalAddin" (ExcelApi 1.14), and the write guard covers
 * older hosts. Resolves to an unsubscribe function.
 */
export async function onEdited(
  run: ExcelRun,
  guard: WriteGuard,
  callback: (e: EditedEvent) => void,
  options: { readonly debounceMs?: number } = {}
): Promise<() => Promise<void>> {
  const debounceMs = options.debounceMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = new Set<string>();
  const handler = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (e.triggerSource === "ThisLocalAddin" || guard.writing) return;
    changed.add(e.worksheetId);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const ids = [...changed];
      changed = new Set();
      callback({ worksheetIds: ids });
    }, debounceMs);
  };
  const registrations = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const results = sheets.items.map((ws) => ws.onChanged.add(handler));
    await context.sync();
    return results;
  });
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    const first = registrations[0];
    if (!first) return;
    for (const r of registrations) r.remove();
    await first.context.sync();
  };
}
