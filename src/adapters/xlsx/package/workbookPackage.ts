import { highlightFill, type HighlightPlan } from "../../../core/highlight";
import type { TrendChart } from "../../../core/summary/history";
import type { FormatIntent, SheetModel } from "../../../core/summary/sheetModel";
import { SNAPSHOT_NAMESPACE } from "../../../core/snapshot";
import { customXmlParts, itemIdFor, writeCustomXmlPart } from "./customXml";
import { appendHistoryRows } from "./history";
import { writeModelSheet } from "./modelSheet";
import { addNotes } from "./notes";
import { Package } from "./opc";
import { restyleCells, type Restyle } from "./sheetCells";
import { StyleBook } from "./styles";
import { sheetOfRef, WorkbookPart } from "./workbook";
import { marksInWorkbookXml, withMarksInWorkbookXml } from "../ownSheets";

/** The prefix of the defined names that point at the tool's own sheets (writeOwnership). */
const OWNED_PREFIX = "APC_Owned_";

/**
 * An .xlsx package being patched into a checked copy. Each operation edits the parts it must (the plan
 * sheets' cells for highlights, styles, the workbook and its relationships, the tool's own sheets);
 * `toBuffer` writes every other part byte for byte as it came.
 */
export class WorkbookPackage {
  readonly pkg: Package;
  readonly workbook: WorkbookPart;
  readonly styles: StyleBook;

  constructor(bytes: Uint8Array | WorkbookPackage) {
    if (bytes instanceof WorkbookPackage) {
      this.pkg = new Package(bytes.pkg);
      this.workbook = bytes.workbook.fork(this.pkg);
      this.styles = bytes.styles.fork(this.pkg);
      return;
    }
    this.pkg = new Package(bytes);
    this.workbook = new WorkbookPart(this.pkg);
    this.styles = new StyleBook(this.pkg, this.workbook.path);
  }

  /** A copy of the package as patched so far, to finish (highlight, save) without changing this one. */
  fork(): WorkbookPackage {
    return new WorkbookPackage(this);
  }

  /** Fills each flagged cell by severity (a copy of its own format with the fill) and notes its messages. */
  highlight(plan: HighlightPlan): { readonly skipped: number } {
    const parts = new Map(this.workbook.sheets().map((s) => [s.name, s.part]));
    const bySheet = new Map<string, Map<number, Map<number, Restyle>>>();
    let skipped = 0;
    for (const h of plan.cells) {
      const part = parts.get(h.sheet);
      if (!part) {
        skipped++;
        continue;
      }
      const rows = bySheet.get(part) ?? new Map<number, Map<number, Restyle>>();
      bySheet.set(part, rows);
      const cols = rows.get(h.row) ?? new Map<number, Restyle>();
      rows.set(h.row, cols);
      const rgb = highlightFill(h);
      cols.set(h.col, (base) => this.styles.withFill(base, rgb));
    }
    for (const [part, edits] of bySheet) {
      const xml = this.pkg.text(part);
      if (xml !== null) this.pkg.set(part, restyleCells(xml, edits));
    }
    for (const [sheet, part] of parts) {
      const cells = plan.cells.filter((c) => c.sheet === sheet && c.messages.length > 0);
      if (part && cells.length) addNotes(this.pkg, part, cells);
    }
    return { skipped };
  }

  writeSheet(model: SheetModel, options: { readonly activate?: boolean } = {}): string {
    return writeModelSheet(this.pkg, this.workbook, this.styles, model, options);
  }

  appendRows(
    kind: string,
    header: readonly string[],
    rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
    intents: ReadonlyArray<FormatIntent | undefined> = [],
    chart?: TrendChart
  ): string {
    return appendHistoryRows(
      this.pkg,
      this.workbook,
      this.styles,
      kind,
      header,
      rows,
      intents,
      chart
    );
  }

  /** The tool's snapshot part (core/snapshot) as stored in the package, or null when there is none. */
  readSnapshot(): string | null {
    return customXmlParts(this.pkg, this.workbook.path, SNAPSHOT_NAMESPACE)[0]?.xml ?? null;
  }

  /** Stores the snapshot as a custom XML part, replacing the tool's previous one (found by namespace). */
  writeSnapshot(xml: string): void {
    writeCustomXmlPart(this.pkg, this.workbook.path, xml, itemIdFor(SNAPSHOT_NAMESPACE));
  }

  toBuffer(): Buffer {
    this.workbook.save();
    this.styles.save();
    this.markOwnSheets();
    return this.pkg.toBuffer();
  }

  /**
   * Leaves the durable marks (core/ownSheets) a reader of any later copy needs: which sheets are the tool's
   * (those its APC_Owned_* names point at, plus any an earlier copy listed) and that this is a checked copy.
   * A workbook written with a namespace prefix is left as it is: the marks are written unprefixed.
   */
  private markOwnSheets(): void {
    const path = this.workbook.path;
    const xml = this.pkg.text(path);
    if (xml === null || /<[A-Za-z_][\w.-]*:workbook\b/.test(xml)) return;
    const sheets = new Set(this.workbook.sheets().map((s) => s.name));
    const owned = this.workbook
      .definedNames()
      .filter((d) => d.name.startsWith(OWNED_PREFIX) && d.localSheetId === null)
      .map((d) => sheetOfRef(d.value))
      .filter((name): name is string => name !== null && sheets.has(name));
    const earlier = marksInWorkbookXml(xml).ownSheets.filter((name) => sheets.has(name));
    const ownSheets = [...new Set([...earlier, ...owned])];
    this.pkg.set(path, withMarksInWorkbookXml(xml, { ownSheets, checkedCopy: true }));
  }
}
