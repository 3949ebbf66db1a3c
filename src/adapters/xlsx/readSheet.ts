import type { CellFill, CellRange } from "../../core/grid/types";
import { cellOf, sharedCell, type ReadCell } from "./readCell";
import type { CellStyles } from "./readStyles";
import { cellAttributes, scanCell, type CellTag, type ScannedCell } from "./readCellTag";
import { rangeOf } from "./readRange";
import { attr, isTrue, type XmlHandler } from "./readXml";
import { BlankRows, FormatRows, padStart, type GridRow } from "./gridRows";

export { rangeOf };

/** What a sheet's reading needs from the rest of the package. */
export interface SheetContext {
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly sharedString: (i: number) => string | undefined;
  /**
   * Throws the refusal when the merges are over the limits. A declared `<dimension>` is not checked: the
   * grid is sized by the cells really read (Gnumeric declares A1:XFD1048576 on small sheets).
   */
  readonly checkMerges: (count: number, cells: number) => void;
  /**
   * Throws the refusal when the used area so far (rows × columns) is over the limits: asked each time the
   * cells read reach further, so a sheet too large is refused before its rows are all allocated.
   */
  readonly checkArea?: (rows: number, cols: number) => void;
}

/**
 * Reads one worksheet part's events into rows of cells, merges, hidden rows and columns, fills and
 * protection. Validations, conditional formats and everything else pass by unread: a rule over whole
 * columns costs what its few bytes of XML cost.
 */
export class SheetReader implements XmlHandler {
  wantText = false;
  /** The rows read, by row number (a row without a cell has none). */
  readonly rows = new Map<number, GridRow>();
  /** The sheet column of index 0 in every row's arrays (the leftmost column with a cell so far). */
  origin = 0;
  /** The extent of the cells read (merges not included); bottom 0 when no cell holds anything. */
  top = Infinity;
  left = Infinity;
  bottom = 0;
  right = 0;
  readonly merges: CellRange[] = [];
  readonly hiddenRows: number[] = [];
  readonly hiddenCols: number[] = [];
  readonly fills: CellFill[] = [];
  isProtected = false;
  private mergedCells = 0;
  private readonly formatRows = new FormatRows();
  private readonly blankRows = new BlankRows();
  private row = 0;
  private col = 0;
  private current: GridRow | null = null;
  // the cell being read
  private style = 0;
  private type = "";
  private raw = "";
  /** A shared string's index read in place by `cellAt` (raw is then ""), else -1. */
  private index = -1;
  private hasValue = false;
  private inCell = false;
  private inInline = false;
  private phonetic = 0;
  private readonly tag: CellTag = { col: 0, row: 0, style: 0, type: "n" };
  private readonly scanned: ScannedCell = {
    col: 0,
    row: 0,
    style: 0,
    type: "n",
    raw: "",
    index: -1,
    hasValue: false,
  };
  private readonly cell: ReadCell = { value: null, text: "", numberFormat: "General" };

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, attrs: string, self: boolean): void {
    switch (name) {
      case "c":
        return this.openCell(attrs, self);
      case "v":
        if (this.inCell && !self) {
          this.raw = "";
          this.hasValue = true;
          this.wantText = true;
        }
        return;
      case "is":
        if (this.inCell) {
          this.inInline = true;
          this.raw = "";
          this.hasValue = true;
        }
        return;
      case "t":
        this.wantText = this.inInline && this.phonetic === 0 && !self;
        return;
      case "rPh":
        if (!self) this.phonetic++;
        return;
      case "row":
        return this.openRow(attrs);
      default:
        return this.openOther(name, attrs);
    }
  }

  private openRow(attrs: string): void {
    const r = attr(attrs, "r");
    this.row = r ? Number(r) : this.row + 1;
    this.col = 0;
    this.leaveRow();
    if (isTrue(attr(attrs, "hidden"))) this.hiddenRows.push(this.row);
  }

  /** A whole cell read in place (see XmlHandler.cellAt): what the open, value and close events would do. */
  cellAt(s: string, lt: number): number {
    const c = this.scanned;
    const end = scanCell(s, lt, c);
    if (end < 0) return -1;
    this.place(c);
    this.raw = c.raw;
    this.index = c.index;
    this.hasValue = c.hasValue;
    this.finishCell();
    this.index = -1;
    this.inCell = false;
    return end;
  }

  private openCell(attrs: string, self: boolean): void {
    const tag = this.tag;
    cellAttributes(attrs, tag);
    this.place(tag);
    this.raw = "";
    this.hasValue = false;
    this.inCell = !self;
    if (self) this.finishCell();
  }

  /** The cell's position (its reference, else the next column) and its style and type. */
  private place(tag: CellTag): void {
    if (tag.col > 0) {
      this.col = tag.col;
      if (tag.row && tag.row !== this.row) {
        this.row = tag.row;
        this.leaveRow();
      }
    } else this.col++;
    if (this.row === 0) this.row = 1;
    this.style = tag.style;
    this.type = tag.type;
  }

  private openOther(name: string, attrs: string): void {
    if (name === "mergeCell") {
      const m = rangeOf(attr(attrs, "ref") ?? "");
      if (!m) return;
      this.merges.push(m);
      this.mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
      this.ctx.checkMerges(this.merges.length, this.mergedCells);
    } else if (name === "col" && isTrue(attr(attrs, "hidden"))) {
      const min = Math.max(1, Number(attr(attrs, "min") ?? 0));
      const max = Math.min(16_384, Number(attr(attrs, "max") ?? min));
      for (let c = min; c <= max; c++) this.hiddenCols.push(c);
    } else if (name === "sheetProtection") {
      this.isProtected = isTrue(attr(attrs, "sheet"));
    }
  }

  close(name: string): void {
    if (name === "c") {
      if (this.inCell) this.finishCell();
      this.inCell = false;
    } else if (name === "v" || name === "t") this.wantText = false;
    else if (name === "is") this.inInline = false;
    else if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
  }

  text(t: string): void {
    this.raw += t;
  }

  private finishCell(): void {
    this.wantText = false;
    this.inInline = false;
    const ctx = this.ctx;
    const rgb = ctx.styles.fill[this.style];
    if (rgb) this.fills.push({ row: this.row, col: this.col, rgb });
    const fmt = ctx.styles.numberFormat[this.style] ?? "General";
    const cell = this.cell;
    const read =
      this.index >= 0
        ? sharedCell(this.index, fmt, ctx.sharedString, cell)
        : cellOf(this.type, this.raw, this.hasValue, fmt, ctx.date1904, ctx.sharedString, cell);
    if (!read) return;
    this.extend(this.row, this.col);
    let cur = this.current;
    if (!cur) {
      cur = this.rows.get(this.row) ?? null;
      // a row met again (cells out of order): its formats may be shared with other rows by now
      if (cur) cur.formats = cur.formats.slice();
      else this.rows.set(this.row, (cur = this.newRow()));
      this.current = cur;
    }
    const x = this.col - this.origin;
    const values = cur.values;
    // the cells between the last one written and this one are empty
    for (let i = values.length; i < x; i++) {
      values.push(null);
      cur.text.push("");
      cur.formats.push("General");
    }
    values[x] = cell.value;
    cur.text[x] = cell.text;
    cur.formats[x] = cell.numberFormat;
  }

  /** A row as wide as the cells read so far reach, already holding empty cells (see BlankRows). */
  private newRow(): GridRow {
    return this.blankRows.row(this.right - this.origin + 1);
  }

  /** The row being read is complete: its formats are shared with the rows that have the same ones. */
  leaveRow(): void {
    const cur = this.current;
    if (cur) cur.formats = this.formatRows.shared(cur.formats);
    this.current = null;
  }

  /** `formats` or an equal row of formats already kept, which must then never be written to. */
  sharedFormats(formats: string[]): string[] {
    return this.formatRows.shared(formats);
  }

  /** Takes (row, col) into the extent, moving every row's origin left when a cell is left of it. */
  private extend(row: number, col: number): void {
    let grown = false;
    if (this.origin === 0) this.origin = col;
    else if (col < this.origin) {
      const shift = col - this.origin;
      for (const r of this.rows.values()) padStart(r, -shift);
      this.origin = col;
    }
    if (row < this.top) ((this.top = row), (grown = true));
    if (row > this.bottom) ((this.bottom = row), (grown = true));
    if (col < this.left) ((this.left = col), (grown = true));
    if (col > this.right) ((this.right = col), (grown = true));
    if (grown) this.ctx.checkArea?.(this.bottom - this.top + 1, this.right - this.left + 1);
  }
}
