/** `Excel.run` as the adapter uses it: the real one in Excel, the fake's `run` in tests and the benchmark. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run(options, batch)` with the one option the adapter sets (mergeUndoGroup, ExcelApi 1.20). */
export type ExcelRunWithOptions = <T>(
  options: { mergeUndoGroup?: boolean },
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

/** Office.context.requirements.isSetSupported, injectable so tests can pretend to be an older Excel. */
export type IsSetSupported = (name: string, version: string) => boolean;

export function defaultIsSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(name, version) ?? false;
  } catch {
    return false;
  }
}

/** Settings keys (workbook settings travel with the file, so a reopened workbook still has them). */
export const SETTINGS_KEY = "apc.settings";
export const BACKUP_KEY = "apc.highlightBackup";
export const OWN_SHEETS_KEY = "apc.ownSheets";

/**
 * Marks the adapter's own writes so the change listener can ignore them: while a write runs, and for a
 * short grace period after (Excel delivers change events asynchronously, after the batch).
 */
export class WriteGuard {
  private depth = 0;
  private quietUntil = 0;

  constructor(
    private readonly graceMs = 1000,
    private readonly now: () => number = () => Date.now()
  ) {}

  async during<T>(fn: () => Promise<T>): Promise<T> {
    this.depth += 1;
    try {
      return await fn();
    } finally {
      this.depth -= 1;
      this.quietUntil = this.now() + this.graceMs;
    }
  }

  get writing(): boolean {
    return this.depth > 0 || this.now() < this.quietUntil;
  }
}

/** Compile-time proof that the real Excel.run fits ExcelRun (no runtime reference to Excel). */
export const EXCEL_RUN_FITS: typeof Excel.run extends ExcelRun ? true : never = true;
