// The pane's check as the user edits: the tables the edits fall on, not the workbook, whenever what was
// read before still stands.
import { gridEdit, type GridEdit } from "../core/engine/recheckEdit";
import type { Config } from "../core/schema";
import { checkWorkbookPort, type CheckOutcome } from "./check";
import type { PortMemory, SheetChange, WorkbookPort } from "./ports";
import { recheckEditedPort, type CheckedGrid } from "./recheck";

/** A check whose report is on screen, with what it was made from. */
interface Kept {
  readonly checked: CheckedGrid;
  readonly config: Config;
  readonly asOf: string;
  readonly file: string;
  /** The port's memory just after the check: its sheets and the add-in's writes so far. */
  readonly memory: PortMemory;
}

export interface LiveOutcome extends CheckOutcome {
  /** "tables": the edited tables were checked again and the rest kept; "workbook": a whole check. */
  readonly scope: "tables" | "workbook";
  /** Why the whole workbook was checked (see `LiveCheck`), for tests and the bench. */
  readonly why?: string;
}

/** The use cases a live check runs: a whole check, and a re-check of edited tables when available. */
export interface LiveUseCases {
  readonly check: typeof checkWorkbookPort;
  readonly recheck?: typeof recheckEditedPort;
}

function sameSheets(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, name] of a) if (b.get(id) !== name) return false;
  return true;
}

/**
 * Keeps the last check the pane showed and the edits heard since, and re-checks after an edit.
 *
 * The rule: after edits, only the tables they fall on are checked again (app/recheck.ts reads just the
 * edited sheets) when all of these hold, else the whole workbook is read and checked:
 * - a check is kept, with its grid, made with the same settings, report date and file;
 * - the add-in has written nothing through the port since (a summary sheet, tidy rules, cleared
 *   highlights, saved settings: what the add-in writes raises no edit event, so the kept grid may be stale);
 * - every edit names a sheet that check read, by an id known at that read, and a block of cells ("B7",
 *   "B7:D9"): whole rows or columns ("3:5", "C:C", as rows inserted or deleted come) are not placed;
 * - after the edited sheets are read again, the workbook has the same sheets under the same names (a
 *   sheet added, deleted or renamed raises no edit event either).
 * Within that, core/engine/recheckEdit itself checks the whole (partly re-read) grid when an edited
 * sheet's tables changed shape (a header edited, a table grown, moved by inserted rows, or a new table
 * typed in outside the others) or the plan's timescale context changed. Either way the report is the one
 * a whole check would give (tests/office/liveCheck.test.ts).
 */
export class LiveCheck {
  private kept: Kept | null = null;
  /** Changes heard since the last check began; null once one came without its sheet and address. */
  private pending: SheetChange[] | null = [];

  /** Notes changes heard from the host; `undefined`: an edit it could not say where. */
  heard(changes: readonly SheetChange[] | undefined): void {
    if (changes === undefined || changes.length === 0) this.pending = null;
    else this.pending?.push(...changes);
  }

  /**
   * Runs a whole check (`check`: read and rate the workbook) and keeps it. What was heard before it began
   * is in what it reads; should it fail, nothing is kept, so the next edit checks the whole workbook.
   */
  async checkWhole(
    port: WorkbookPort,
    config: Config,
    file: string,
    check: () => Promise<CheckOutcome>
  ): Promise<CheckOutcome> {
    this.pending = [];
    this.kept = null;
    const outcome = await check();
    this.keep(port, outcome, config, file);
    return outcome;
  }

  private keep(port: WorkbookPort, outcome: CheckOutcome, config: Config, file: string): void {
    const memory = port.memory?.();
    this.kept =
      outcome.grid && memory && outcome.report.file === file
        ? {
            checked: { report: outcome.report, grid: outcome.grid },
            config,
            asOf: outcome.asOf,
            file,
            memory,
          }
        : null;
  }

  /** The edits as cells of sheets the kept check read, or why they cannot be placed. */
  private placed(
    changes: readonly SheetChange[] | null,
    config: Config,
    asOf: string,
    file: string,
    port: WorkbookPort,
    uses: LiveUseCases
  ): { kept: Kept; edits: GridEdit[] } | { why: string } {
    const kept = this.kept;
    if (!kept || !uses.recheck) return { why: "no check kept to start from" };
    if (kept.config !== config || kept.asOf !== asOf || kept.file !== file)
      return { why: "the settings, report date or file changed" };
    if (port.memory?.().writes !== kept.memory.writes) return { why: "the add-in wrote since" };
    if (changes === null) return { why: "an edit came without its place" };
    const read = new Set(kept.checked.grid.sheets.map((s) => s.name));
    const edits: GridEdit[] = [];
    for (const c of changes) {
      const name = kept.memory.sheets.get(c.sheetId);
      if (name === undefined || !read.has(name)) return { why: "an edit on a sheet not read" };
      const edit = gridEdit(name, c.address);
      if (edit === null) return { why: `an edit of whole rows or columns (${c.address})` };
      edits.push(edit);
    }
    return { kept, edits };
  }

  /**
   * Checks after the edits heard since the last check, reading and rating only (nothing lands on the
   * user's undo list): the edited tables when the rule above allows, else the whole workbook.
   */
  async run(
    port: WorkbookPort,
    config: Config,
    asOf: string,
    file: string,
    uses: LiveUseCases
  ): Promise<LiveOutcome> {
    const changes = this.pending;
    this.pending = [];
    const placed = this.placed(changes, config, asOf, file, port, uses);
    if ("why" in placed || !uses.recheck) {
      return this.whole(port, config, asOf, file, uses, "why" in placed ? placed.why : "");
    }
    const { kept, edits } = placed;
    // kept again only once the re-check succeeds: after a failure the next edit checks the whole workbook
    this.kept = null;
    const out = await uses.recheck(port, kept.checked, edits, config, asOf);
    const now = port.memory?.();
    if (!now || !sameSheets(now.sheets, kept.memory.sheets)) {
      return this.whole(port, config, asOf, file, uses, "a sheet was added, deleted or renamed");
    }
    const outcome: CheckOutcome = { report: out.report, plan: out.plan, asOf, grid: out.grid };
    this.kept = { ...kept, checked: { report: out.report, grid: out.grid }, memory: now };
    return out.tablesChecked === null
      ? { ...outcome, scope: "workbook", why: "a table changed shape, or the plan's context" }
      : { ...outcome, scope: "tables" };
  }

  private async whole(
    port: WorkbookPort,
    config: Config,
    asOf: string,
    file: string,
    uses: LiveUseCases,
    why: string
  ): Promise<LiveOutcome> {
    const outcome = await this.checkWhole(port, config, file, () =>
      uses.check(port, config, asOf, file, { highlight: false })
    );
    return { ...outcome, scope: "workbook", why };
  }
}
