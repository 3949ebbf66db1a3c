import { FakeOfficeError } from "./errors";
import { FakeStats } from "./stats";
import type { FakeSheetState, FakeWorkbookState, Rect } from "./types";

/** Excel on the web rejects requests and responses above 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The argument Excel passes to a worksheet's onChanged handlers (the fields the fake fills). */
export interface FakeChangedEventArgs {
  address: string;
  changeType: "RangeEdited";
  source: "Local" | "Remote";
  triggerSource: "ThisLocalAddin" | "Unknown";
  type: "WorksheetChanged";
  worksheetId: string;
}

export type ChangedHandler = (args: FakeChangedEventArgs) => Promise<unknown> | unknown;

interface PlannedFault {
  /** Counted from when the fault was planned: 1 = the next sync. */
  remaining: number;
  code: string;
  /** Ops applied before the failure (Excel applies a batch in order and stops at the failing op). */
  afterOps: number;
}

/** Fault injection for tests. */
export class FakeFaults {
  planned: PlannedFault[] = [];
  /** Things that happen in Excel while a sync is on its way (a user's edit, a sheet renamed). */
  interjections: { remaining: number; fn: () => void }[] = [];

  /** Runs `fn` just before the `nth` sync from now (1 = next) applies its commands. */
  beforeSync(nth: number, fn: () => void): void {
    this.interjections.push({ remaining: nth, fn });
  }

  /** Called once per sync, before its commands run. */
  interject(): void {
    const due = this.interjections.filter((i) => --i.remaining === 0);
    this.interjections = this.interjections.filter((i) => i.remaining > 0);
    for (const i of due) i.fn();
  }

  /** Makes the `nth` sync from now (1 = next) reject with `code`, after applying `afterOps` of its ops. */
  failSync(nth: number, code: string, options: { afterOps?: number } = {}): void {
    this.planned.push({ remaining: nth, code, afterOps: options.afterOps ?? 0 });
  }

  /** Called once per sync; returns the fault that fires on it, if any. */
  take(): PlannedFault | undefined {
    let hit: PlannedFault | undefined;
    for (const f of this.planned) {
      f.remaining -= 1;
      if (f.remaining === 0 && !hit) hit = f;
    }
    this.planned = this.planned.filter((f) => f.remaining > 0);
    return hit;
  }
}

export interface FakeHostOptions {
  /** Request and response limit in bytes (default 5 MB, as Excel on the web). */
  payloadLimit?: number;
  /** API sets the fake reports as supported (default: ExcelApi up to 1.18; see minorOf). */
  apiVersion?: number;
}

/**
 * The minor number of an API version: 1.9 is 9 and 1.18 is 18 (so 1.9 comes before 1.18, which a plain
 * number comparison gets wrong). The number 1.10 cannot be told from 1.1, so it reads as 1.1.
 */
export function minorOf(version: number | string): number {
  const [, minor = "0"] = String(version).split(".");
  return Number(minor.slice(0, 2)) || 0;
}

/** Change events mark the add-in's own edits "ThisLocalAddin" from ExcelApi 1.14; older hosts say "Unknown". */
function ownTrigger(host: FakeHost): "ThisLocalAddin" | "Unknown" {
  return host.supports("1.14") ? "ThisLocalAddin" : "Unknown";
}

/** Shared by every `run` of one fake workbook: the state, counters, faults and event handlers. */
export class FakeHost {
  readonly stats = new FakeStats();
  readonly faults = new FakeFaults();
  payloadLimit: number;
  readonly apiVersion: number;
  readonly handlers = new Map<string, Set<ChangedHandler>>();
  /** Workbook-wide handlers (worksheets.onChanged, ExcelApi 1.9): every sheet, including ones added later. */
  readonly workbookHandlers = new Set<ChangedHandler>();
  /** Changes made by the current sync, fired to onChanged handlers once it resolves. */
  pendingChanges: { sheetId: string; address: string; trigger: "ThisLocalAddin" | "Unknown" }[] =
    [];

  constructor(
    public state: FakeWorkbookState,
    options: FakeHostOptions = {}
  ) {
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.apiVersion = options.apiVersion ?? 1.18;
  }

  /** Whether the fake's API level includes ExcelApi `version` ("1.9", "1.18"). */
  supports(version: string): boolean {
    return minorOf(version) <= minorOf(this.apiVersion);
  }

  newId(prefix: string): string {
    this.state.nextId += 1;
    return `${prefix}${this.state.nextId}`;
  }

  sheetById(id: string): FakeSheetState | undefined {
    return this.state.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): FakeSheetState | undefined {
    const lower = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Every write goes through here: a protected sheet refuses it, as Excel does. */
  assertWritable(sheet: FakeSheetState): void {
    if (sheet.protected) {
      throw new FakeOfficeError(
        "AccessDenied",
        `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`
      );
    }
  }

  noteChange(sheet: FakeSheetState, rect: Rect, address: string): void {
    void rect;
    this.pendingChanges.push({ sheetId: sheet.id, address, trigger: ownTrigger(this) });
  }

  /** Delivers queued change events asynchronously, as Excel does after a batch completes. */
  flushChanges(): Promise<void> {
    const changes = this.pendingChanges;
    this.pendingChanges = [];
    if (changes.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      setTimeout(() => {
        const runs: Promise<unknown>[] = [];
        for (const c of changes) {
          for (const h of [...(this.handlers.get(c.sheetId) ?? []), ...this.workbookHandlers]) {
            runs.push(
              Promise.resolve(
                h({
                  address: c.address,
                  changeType: "RangeEdited",
                  source: "Local",
                  triggerSource: c.trigger,
                  type: "WorksheetChanged",
                  worksheetId: c.sheetId,
                })
              )
            );
          }
        }
        void Promise.all(runs).then(() => resolve());
      }, 0);
    });
  }
}
