import { columnIndex } from "../grid/a1";
import { RowOrderedMap } from "../grid/rowOrderedMap";
import type { Issue, Severity } from "../schema/issue";

// Speed: a big plan has an issue or two on every action, and the summary counts each distinct code and
// cell once. Keys are numbers per sheet, not "code|sheet|cell" strings, and small ones: the row, then the
// column and code as indexes in order of first sight, fit V8's small integers, where a key over 2^31 would
// be a boxed number allocated and hashed per issue. The rare issue that does not fit (a 65th distinct
// column, a row past 2^20) takes a text key of the same parts; one without a real cell (none from the
// engine) its code, sheet and cell text.

/** Smi-sized keys: 16 codes × 64 columns per row, rows below 2^20 (Excel's limit). */
const CODE_SLOTS = 16;
const CELL_SLOTS = 64 * CODE_SLOTS;
const SMALL_ROWS = 2 ** 20;

/** Distinct small keys of one sheet (in row order, see RowOrderedMap), and the rare wide ones. */
class SheetKeys {
  private readonly small = new RowOrderedMap<true>();
  readonly wide = new Set<string>();

  /** Adds the key (of a cell on `row`); false when it was already there. */
  add(row: number, key: number): boolean {
    if (this.small.get(row, key)) return false;
    this.small.set(row, key, true);
    return true;
  }
}

/** Issues counted by severity, each distinct code and cell (sheet, row, column) once. */
export class DistinctIssueCounts {
  readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private readonly bySheet = new Map<string, SheetKeys>();
  private readonly codes = new Map<string, number>();
  /** Column letters → index in order of first sight (letters of one column share it), -1 when not a column. */
  private readonly columns = new Map<string, number>();
  private readonly columnSlots = new Map<number, number>();
  private readonly odd = new Set<string>();

  add(i: Issue): void {
    let code = this.codes.get(i.code);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(i.code, code);
    }
    const col = this.column(i.column);
    if (!(col >= 0 && Number.isInteger(i.row) && i.row >= 1 && i.row < 2 ** 21)) {
      this.once(this.odd, `${i.code}|${i.sheet}|${i.cell}`, i.severity);
      return;
    }
    let seen = this.bySheet.get(i.sheet);
    if (!seen) {
      seen = new SheetKeys();
      this.bySheet.set(i.sheet, seen);
    }
    if (code < CODE_SLOTS && col * CODE_SLOTS < CELL_SLOTS && i.row < SMALL_ROWS) {
      if (seen.add(i.row, i.row * CELL_SLOTS + col * CODE_SLOTS + code))
        this.counts[i.severity] += 1;
    } else this.once(seen.wide, `${i.row}|${col}|${code}`, i.severity);
  }

  private once(seen: Set<string>, key: string, severity: Severity): void {
    if (seen.has(key)) return;
    seen.add(key);
    this.counts[severity] += 1;
  }

  private column(letters: string): number {
    let slot = this.columns.get(letters);
    if (slot === undefined) {
      const col = columnIndex(letters);
      if (col >= 1 && col <= 16_384) {
        slot = this.columnSlots.get(col);
        if (slot === undefined) {
          slot = this.columnSlots.size;
          this.columnSlots.set(col, slot);
        }
      } else slot = -1;
      this.columns.set(letters, slot);
    }
    return slot;
  }
}
