import type { ExcelRun, IsSetSupported, WriteGuard } from "./host";

/** What the task pane hears when the user edits the workbook. */
export interface EditedEvent {
  /** Worksheet ids that changed since the last callback. */
  readonly worksheetIds: readonly string[];
  /**
   * Each change as Excel reported it, in order: the sheet's id and the changed area's address ("B7",
   * "B7:D9"; WorksheetChangedEventArgs.address, ExcelApi 1.7 like the event), so a re-check can read and
   * check only what changed (src/app/recheck.ts).
   */
  readonly changes: readonly { readonly worksheetId: string; readonly address: string }[];
}

export interface OnEditedOptions {
  /** Quiet time after the last edit before the callback (default 500 ms). */
  readonly debounceMs?: number;
  /** Longest a steady stream of edits can hold the callback back (default 3,000 ms). */
  readonly maxWaitMs?: number;
  /**
   * Call back at once on the first edit after `debounceMs` of quiet, then gather what follows as usual
   * (default false). For a caller whose answer to one edit is quick (the pane's re-check of the edited
   * table): a person typing into one cell then waits for no debounce at all.
   */
  readonly leading?: boolean;
}

/**
 * Listens to the workbook's changes and calls back once edits settle (debounced, at most once per
 * `maxWaitMs` while a storm of edits goes on). One subscription on `worksheets.onChanged` (ExcelApi 1.9)
 * covers sheets added later; older hosts get one per existing sheet. The add-in's own writes are ignored:
 * from ExcelApi 1.14 by their triggerSource "ThisLocalAddin" alone, so a user's edit made while the
 * add-in writes still counts; on older hosts by the write guard (an edit made during the add-in's own
 * write is then missed until the next one). Resolves to an unsubscribe function.
 */
export async function onEdited(
  run: ExcelRun,
  guard: WriteGuard,
  isSetSupported: IsSetSupported,
  callback: (e: EditedEvent) => void,
  options: OnEditedOptions = {}
): Promise<() => Promise<void>> {
  const debounceMs = options.debounceMs ?? 500;
  const maxWaitMs = Math.max(debounceMs, options.maxWaitMs ?? 3000);
  const bySource = isSetSupported("ExcelApi", "1.14");
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let changed = new Set<string>();
  let changes: { worksheetId: string; address: string }[] = [];
  // running while the quiet time after a leading call back lasts: edits then wait as usual
  let cooling: ReturnType<typeof setTimeout> | undefined;
  const cool = (): void => {
    if (cooling !== undefined) clearTimeout(cooling);
    cooling = setTimeout(() => (cooling = undefined), debounceMs);
  };
  const fire = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    if (deadline !== undefined) clearTimeout(deadline);
    timer = undefined;
    deadline = undefined;
    const ids = [...changed];
    const areas = changes;
    changed = new Set();
    changes = [];
    if (ids.length) callback({ worksheetIds: ids, changes: areas });
  };
  const handler = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (e.triggerSource === "ThisLocalAddin" || (!bySource && guard.writing)) return;
    changed.add(e.worksheetId);
    changes.push({ worksheetId: e.worksheetId, address: e.address });
    if (options.leading) {
      const quiet = cooling === undefined && timer === undefined;
      cool();
      if (quiet) return fire();
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
    deadline ??= setTimeout(fire, maxWaitMs);
  };
  const registrations = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (isSetSupported("ExcelApi", "1.9")) {
      const one = sheets.onChanged.add(handler);
      await context.sync();
      return [one];
    }
    sheets.load("items/name");
    await context.sync();
    const results = sheets.items.map((ws) => ws.onChanged.add(handler));
    await context.sync();
    return results;
  });
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    if (deadline !== undefined) clearTimeout(deadline);
    if (cooling !== undefined) clearTimeout(cooling);
    timer = deadline = cooling = undefined;
    const first = registrations[0];
    if (!first) return;
    for (const r of registrations) r.remove();
    await first.context.sync();
  };
}
