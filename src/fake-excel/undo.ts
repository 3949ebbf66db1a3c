import type { FakeWorkbookState } from "./types";

/** One step of Excel's undo list: who made it, and the workbook as it was before (to put back on undo). */
export interface UndoEntry {
  readonly by: "user" | "add-in";
  /** The Excel.run an add-in step belongs to when that run merged its syncs into one undo group. */
  readonly group: number | null;
  readonly before: FakeWorkbookState;
}

/**
 * Excel's undo list as an add-in meets it. From ExcelApi 1.20 each add-in sync that changes cells is a step
 * of its own (all of one Excel.run's syncs are one step with `mergeUndoGroup`); before 1.20 an add-in's
 * change clears the list, so the user's Ctrl+Z has nothing left. Deleting a sheet clears it everywhere.
 * Settings are not cells: writing them is not a step.
 */
export class FakeUndoStack {
  entries: UndoEntry[] = [];

  get top(): UndoEntry | undefined {
    return this.entries[this.entries.length - 1];
  }

  push(entry: UndoEntry): void {
    this.entries.push(entry);
  }

  clear(): void {
    this.entries = [];
  }

  /** Ctrl+Z: takes the last step off and hands back the state to return to (undefined when empty). */
  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }
}
