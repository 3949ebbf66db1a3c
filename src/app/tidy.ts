import type { WorkbookGrid } from "../core/grid/types";
import type { WorkbookReport } from "../core/schema/report";
import { planTidy, type TidyTable } from "../core/tidy/plan";
import { tidyWrites, type TidyOutcome, type TidyTableWrite } from "../core/tidy/write";
import type { WorkbookPort } from "./ports";

/** Said when the port has no tidy (the .xlsx adapter until its package patcher writes the rules). */
export const TIDY_NOT_SUPPORTED =
  "Tidying is not available here yet: this host cannot add dropdowns and colour rules.";

export class TidyNotSupported extends Error {
  constructor() {
    super(TIDY_NOT_SUPPORTED);
    this.name = "TidyNotSupported";
  }
}

/** What the pane shows before the user agrees: the tidy plan per table (pure). */
export function proposeTidy(report: WorkbookReport, grid: WorkbookGrid): TidyTable[] {
  return planTidy(report, grid);
}

/**
 * Tidy use case: the writes for the proposal (with a status column only for the tables whose offer the
 * user accepted), carried out by the port as one undo step where the host allows it.
 */
export async function applyTidyPlan(
  port: WorkbookPort,
  report: WorkbookReport,
  proposal: readonly TidyTable[],
  addStatusColumn: ReadonlySet<string> = new Set()
): Promise<TidyOutcome> {
  const apply = port.applyTidy?.bind(port);
  if (!apply) throw new TidyNotSupported();
  const writes: TidyTableWrite[] = tidyWrites(proposal, report, addStatusColumn).filter(
    (w) => w.status || w.due || w.addColumn
  );
  return apply(writes);
}

/** Whether this workbook carries tidy rules the tool added (false where the port cannot tell). */
export async function hasTidyRules(port: WorkbookPort): Promise<boolean> {
  const record = port.readTidyRecord ? await port.readTidyRecord() : null;
  return (record?.tables.length ?? 0) > 0;
}

export async function removeTidyRules(
  port: WorkbookPort
): Promise<{ readonly removed: number; readonly keptChanged: number }> {
  const remove = port.removeTidy?.bind(port);
  if (!remove) throw new TidyNotSupported();
  return remove();
}
