// The per-workbook context for the timescale grammar (timescale/planYears.ts): the years the plan's own
// dates and titles name, and whether it speaks of financial or academic years. Gathered while the tables
// are checked (detection hands tables over one at a time, and keeping them all would cost the memory of
// every detected row): each distinct timescale is looked at once, headings and titles once per table or
// sheet. The few actions whose reading used the context are read again at the end if it changed.
import { normalise } from "../timescale/lexer";
import { calendarEvidence, yearsIn, type PlanYears, type YearKind } from "../timescale/planYears";
import { usedContext, type TimescaleOptions } from "../timescale/parse";
import { YEAR_INFERRED_NOTE } from "../timescale/yearless";
import type { DetectedTable } from "../detect/types";
import type { SheetGrid, WorkbookGrid } from "../grid/types";
import type { Config } from "../schema/config";
import type { WorkbookTimescales } from "../schema/report";
import type { Timescale } from "../schema/timescale";

/** Rows at the top of a sheet read for its title ("SEND Written Statement of Action 2023/24"). */
const TITLE_ROWS = 6;
/** A title or heading longer than this is prose, not a title. */
const TITLE_MAX = 300;

export class PlanContext {
  private readonly years = new Set<number>();
  private financial = 0;
  private academic = 0;
  /** Each distinct timescale text → whether its reading used the context (text keys: strings hash once). */
  private readonly seen = new Map<string, boolean>();
  private last: string | null = null;
  private lastContextual = false;
  private readonly seenText = new Set<string>();
  private current: TimescaleOptions | null = null;
  private readonly setting: YearKind | null;
  private readonly asOf: string | null;

  constructor(config: Pick<Config, "bareYearRange">, asOf: string) {
    this.setting = config.bareYearRange === "auto" ? null : config.bareYearRange;
    this.asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  }

  /** The titles of every sheet: the first rows' text, and the sheet's name. */
  addTitles(grid: WorkbookGrid): void {
    for (const sheet of grid.sheets) {
      this.addText(sheet.name, true);
      for (const row of titleRows(sheet)) this.addText(row, true);
    }
  }

  /** A table's header cells and section heading. */
  addTable(table: DetectedTable): void {
    this.addTableTexts(Object.values(table.headers), table.section);
  }

  /** A table's header cells and section heading, as texts (a checked table keeps them). */
  addTableTexts(headers: readonly string[], section: string | null): void {
    for (const h of headers) this.addText(h, false);
    if (section) this.addText(section, true);
  }

  /**
   * A timescale as read: its explicit years (not guessed ones) and its calendar words, once per reading.
   * Returns whether the reading used the context (the row is read again if the context changes).
   */
  noteTimescale(t: Readonly<Timescale>): boolean {
    const text = t.text;
    if (text === null) return false;
    // rows in a run often read alike: the last reading answers without a lookup
    if (text === this.last) return this.lastContextual;
    let contextual = this.seen.get(text);
    if (contextual === undefined) {
      contextual = usedContext(t);
      this.seen.set(text, contextual);
      this.learn(t, contextual);
    }
    this.last = text;
    this.lastContextual = contextual;
    return contextual;
  }

  private learn(t: Readonly<Timescale>, contextual: boolean): void {
    // a guessed year is the context's own: only years the cell wrote count
    if (!contextual || !t.notes.some((n) => n.startsWith(YEAR_INFERRED_NOTE))) {
      this.addYear(t.due);
      this.addYear(t.start);
      // "2023/24" ends in 2024 and starts in 2023
      if (t.due && (t.precision === "financial-year" || t.precision === "academic-year")) {
        this.addYear(`${Number(t.due.slice(0, 4)) - 1}`);
      }
    }
    if (t.text !== null) this.addText(t.text, false);
  }

  /** The options for the grammar now; the same object until the context changes (its memo key). */
  options(): TimescaleOptions {
    if (this.current === null) {
      const plan: PlanYears = {
        years: [...this.years].sort((a, b) => a - b),
        asOf: this.asOf,
        calendar: this.calendar(),
      };
      this.current = { bareYearRange: this.setting ?? "auto", plan };
    }
    return this.current;
  }

  /** What the report says about it. */
  report(): WorkbookTimescales {
    const plan = this.calendar();
    return {
      calendar: this.setting ?? plan ?? "by-punctuation",
      calendarSource: this.setting ? "setting" : plan ? "plan" : "default",
      calendarEvidence: { financial: this.financial, academic: this.academic },
      years: [...this.years].sort((a, b) => a - b),
    };
  }

  private calendar(): YearKind | null {
    if (this.financial > this.academic) return "financial";
    if (this.academic > this.financial) return "academic";
    return null;
  }

  private addYear(iso: string | null): void {
    if (iso === null) return;
    const y = Number(iso.slice(0, 4));
    if (!this.years.has(y)) {
      this.years.add(y);
      this.current = null;
    }
  }

  /** Calendar words, and (for titles and headings) four-digit years; each distinct text once. */
  private addText(text: string, withYears: boolean): void {
    if (text.length > TITLE_MAX || this.seenText.has(text)) return;
    this.seenText.add(text);
    const norm = normalise(text);
    const e = calendarEvidence(norm);
    if (e.financial !== e.academic) {
      const before = this.calendar();
      if (e.financial) this.financial++;
      else this.academic++;
      // the grammar's options change only when the decision does
      if (this.calendar() !== before) this.current = null;
    }
    if (withYears) for (const y of yearsIn(norm)) this.addYear(`${y}`);
  }
}

/** The text of each of a sheet's first rows, its cells joined. */
function titleRows(sheet: SheetGrid): string[] {
  const out: string[] = [];
  const n = Math.min(sheet.text.length, TITLE_ROWS);
  for (let r = 0; r < n; r++) {
    const cells = (sheet.text[r] ?? []).filter((c) => c.trim() !== "" && c.length <= TITLE_MAX);
    if (cells.length > 0) out.push(cells.join(" "));
  }
  return out;
}
