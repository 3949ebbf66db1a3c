import { FakeOfficeError } from "./errors";
import {
  DEFAULT_PROFILE,
  minorOf,
  profileSupports,
  requireMember,
  type HostProfile,
} from "./profile";
import { FakeStats } from "./stats";
import { FakeUndoStack } from "./undo";
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
  /** Which Excel to be: ExcelApi version and platform (default ExcelApi 1.18 on the web). */
  profile?: HostProfile;
  /**
   * Request and response limit in bytes (default: 5 MB on the web, as Excel on the web; none on
   * Windows and Mac).
   */
  payloadLimit?: number;
  /** Older spelling of `profile.api` (1.17 means ExcelApi 1.17), kept for existing tests. */
  apiVersion?: number;
}

export { minorOf };

function profileOf(options: FakeHostOptions): HostProfile {
  if (options.profile) return options.profile;
  if (options.apiVersion === undefined) return DEFAULT_PROFILE;
  // 1.20 as a number is 1.2: apiVersion stays for the versions that read back unambiguously
  const api = String(options.apiVersion) as HostProfile["api"];
  return { ...DEFAULT_PROFILE, api };
}

/** Change events mark the add-in's own edits "ThisLocalAddin" from ExcelApi 1.14; older hosts say "Unknown". */
function ownTrigger(host: FakeHost): "ThisLocalAddin" | "Unknown" {
  return host.supports("1.14") ? "ThisLocalAddin" : "Unknown";
}

/**
 * A write lock the user cannot lift from the add-in: a file opened read-only (or in Excel on the web's
 * viewing mode) refuses every change, settings included; a co-author editing a sheet locks that sheet.
 */
export type FakeLock = { kind: "read-only" } | { kind: "co-author"; sheet: string };

/** What an Excel.run is for the undo list: its id and whether it merged its syncs into one step. */
export interface RunInfo {
  readonly id: number;
  readonly mergeUndoGroup: boolean;
}

/** Shared by every `run` of one fake workbook: the state, counters, faults and event handlers. */
export class FakeHost {
  readonly stats = new FakeStats();
  readonly faults = new FakeFaults();
  payloadLimit: number;
  readonly profile: HostProfile;
  readonly handlers = new Map<string, Set<ChangedHandler>>();
  /** Workbook-wide handlers (worksheets.onChanged, ExcelApi 1.9): every sheet, including ones added later. */
  readonly workbookHandlers = new Set<ChangedHandler>();
  readonly undo = new FakeUndoStack();
  lock: FakeLock | null = null;
  /** The run whose sync is applying commands, and whether that sync has changed cells yet. */
  private applying: { run: RunInfo; wrote: boolean } | null = null;
  /** Changes made by the current sync, fired to onChanged handlers once it resolves. */
  pendingChanges: { sheetId: string; address: string; trigger: "ThisLocalAddin" | "Unknown" }[] =
    [];

  constructor(
    public state: FakeWorkbookState,
    options: FakeHostOptions = {}
  ) {
    this.profile = profileOf(options);
    this.payloadLimit =
      options.payloadLimit ??
      (this.profile.platform === "web" ? DEFAULT_PAYLOAD_LIMIT : Number.POSITIVE_INFINITY);
  }

  /** Whether the fake's API level includes ExcelApi `version` ("1.9", "1.18"). */
  supports(version: string): boolean {
    return profileSupports(this.profile, "ExcelApi", version);
  }

  /** Refuses a member above the profile's version, as Excel does (ApiNotFound). */
  require(member: string): void {
    requireMember(this.profile, member);
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

  /**
   * Every change to a sheet goes through here: a locked file or sheet, or a protected sheet, refuses it as
   * Excel does (the web says AccessDenied; Windows and Mac InvalidOperation), and an allowed change
   * becomes an undo step (or clears the undo list below ExcelApi 1.20).
   */
  assertWritable(sheet: FakeSheetState): void {
    this.assertEditable();
    if (
      this.lock?.kind === "co-author" &&
      this.lock.sheet.toLowerCase() === sheet.name.toLowerCase()
    ) {
      throw new FakeOfficeError(
        "Conflict",
        `Request could not be processed because of a conflict: someone else is editing ${sheet.name}.`
      );
    }
    if (sheet.protected) {
      throw new FakeOfficeError(
        this.profile.platform === "web" ? "AccessDenied" : "InvalidOperation",
        `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`
      );
    }
    this.recordUndo();
  }

  /** Writes that are not to a sheet (settings) fail only on a read-only file. */
  assertEditable(): void {
    if (this.lock?.kind === "read-only") {
      throw new FakeOfficeError(
        "AccessDenied",
        "You cannot perform the requested operation: the workbook is read-only."
      );
    }
  }

  /** @internal set by a sync around the commands it applies */
  beginApply(run: RunInfo | null): void {
    this.applying = run ? { run, wrote: false } : null;
  }

  /** @internal A change that is not to cells (a sheet added) is a step on the undo list too. */
  recordUndo(): void {
    const a = this.applying;
    if (!a || a.wrote) return;
    a.wrote = true;
    if (!this.supports("1.20")) {
      this.undo.clear();
      return;
    }
    const group = a.run.mergeUndoGroup ? a.run.id : null;
    if (group !== null && this.undo.top?.group === group) return;
    this.undo.push({ by: "add-in", group, before: structuredClone(this.state) });
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
