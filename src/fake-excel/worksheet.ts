import { splitAreaList } from "../core/grid/a1";
import { parseRect, splitSheet } from "./address";
import { usedRect } from "./cells";
import { FakeChartCollection } from "./charts";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import type { Resolved } from "./format";
import type { ChangedHandler } from "./host";
import { FakeNoteCollection } from "./notes";
import { FakePageLayout } from "./pageLayout";
import { FakeClientObject } from "./proxy";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./rangeAreas";
import { checkSheetName } from "./sheetState";
import { FakeTableCollection } from "./tables";
import type { FakeSheetState, Rect } from "./types";
import { FakeWorksheetProtection } from "./worksheetProtection";

/** What `onChanged.add` returns, like OfficeExtension.EventHandlerResult. */
export interface FakeEventHandlerResult {
  readonly context: FakeRequestContext;
  remove(): void;
}

export class FakeWorksheet extends FakeClientObject {
  readonly protection: FakeWorksheetProtection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  private sheetId: string | null | undefined;
  private notesProxy: FakeNoteCollection | undefined;
  private pageLayoutProxy: FakePageLayout | undefined;

  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: () => FakeSheetState | null,
    createdBy?: { method: string; args: unknown; on?: string }
  ) {
    super(ctx, "Worksheet");
    this.protection = new FakeWorksheetProtection(ctx, this);
    this.tables = new FakeTableCollection(ctx, this);
    this.charts = new FakeChartCollection(ctx, this);
    if (createdBy) this._created(createdBy.method, createdBy.args, createdBy.on);
  }

  /** Print settings (ExcelApi 1.9): each command on them is checked against the profile. */
  get pageLayout(): FakePageLayout {
    this.pageLayoutProxy ??= new FakePageLayout(this.context, this);
    return this.pageLayoutProxy;
  }

  /** Notes need ExcelApi 1.18; on an older host the first command on them fails with ApiNotFound. */
  get notes(): FakeNoteCollection {
    this.notesProxy ??= new FakeNoteCollection(this.context, this);
    return this.notesProxy;
  }

  /** @internal resolved once (by lookup), then followed by id so a rename keeps pointing at it */
  _resolve(): FakeSheetState | null {
    if (this.sheetId === undefined) this.sheetId = this.resolver()?.id ?? null;
    if (this.sheetId === null) return null;
    return this.context.host.sheetById(this.sheetId) ?? null;
  }

  _isNull(): boolean {
    if (this.sheetId === undefined) return this._resolve() === null;
    if (this.sheetId === null) return true;
    if (!this.context.host.sheetById(this.sheetId)) throw itemNotFound("worksheet");
    return false;
  }

  /** @internal */
  _must(): FakeSheetState {
    const s = this._resolve();
    if (!s) throw itemNotFound("worksheet");
    return s;
  }

  protected _scalars(): readonly string[] {
    return ["name", "id", "position", "visibility"];
  }

  protected override _child(name: string): FakeClientObject | undefined {
    if (name === "protection") return this.protection;
    if (name === "tables") return this.tables;
    if (name === "charts") return this.charts;
    if (name === "notes") return this.notes;
    return undefined;
  }

  protected _read(name: string): unknown {
    const s = this._must();
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "position") return this.context.host.state.sheets.indexOf(s);
    return s.visibility;
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => {
      const s = this._must();
      checkSheetName(v);
      const other = this.context.host.sheetByName(v);
      if (other && other !== s)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${v}" already exists.`);
      s.name = v;
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, () => {
      const s = this._must();
      const sheets = this.context.host.state.sheets;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.max(0, Math.min(v, sheets.length)), 0, s);
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this._set("visibility", v, () => void (this._must().visibility = v));
  }

  /** A range of this sheet, its rectangle found at the sync; null (a null object) when `rectOf` says so. */
  private sheetRange(
    method: string,
    args: unknown[],
    rectOf: (sheet: FakeSheetState) => Rect | null
  ): FakeRange {
    const resolve = (): Resolved | null => {
      const sheet = this._resolve();
      const rect = sheet ? rectOf(sheet) : null;
      return sheet && rect ? { sheet, rect } : null;
    };
    return new FakeRange(this.context, resolve, this, { method, args, on: "Worksheet" });
  }

  /** A range by local address ("A1:C3", "B:B"); a sheet-qualified address must name this sheet. */
  getRange(address?: string): FakeRange {
    return this.sheetRange("getRange", [address], (sheet) =>
      address === undefined || address === ""
        ? { top: 1, left: 1, bottom: 1048576, right: 16384 }
        : this.parseLocal(address, sheet)
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.sheetRange("getCell", [row, column], () => ({
      top: row + 1,
      left: column + 1,
      bottom: row + 1,
      right: column + 1,
    }));
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    const args = [startRow, startColumn, rowCount, columnCount];
    return this.sheetRange("getRangeByIndexes", args, () => {
      if (rowCount < 1 || columnCount < 1)
        throw invalidArgument("getRangeByIndexes with an empty size");
      const top = startRow + 1;
      const left = startColumn + 1;
      return { top, left, bottom: top + rowCount - 1, right: left + columnCount - 1 };
    });
  }

  /** Several areas in one proxy ("A1:B2, C5"): Excel caps the address string at 8,192 characters. */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const sheet = this._resolve();
        if (!sheet) return null;
        if (address.length > 8192) throw invalidArgument("address longer than 8,192 characters");
        const parts = splitAreaList(address);
        if (parts.length === 0) throw invalidArgument(`address "${address}"`);
        return parts.map((p): Resolved => ({ sheet, rect: this.parseLocal(p, sheet) }));
      },
      { method: "getRanges", args: [address], on: "Worksheet" }
    );
  }

  private parseLocal(address: string, sheet: FakeSheetState): Rect {
    const { sheet: named, local } = splitSheet(address);
    if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
      throw invalidArgument(`address "${address}" is not on ${sheet.name}`);
    }
    const rect = parseRect(local);
    if (!rect) throw invalidArgument(`address "${address}"`);
    return rect;
  }

  /** The used range; on an empty sheet Excel returns A1. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.sheetRange(
      "getUsedRange",
      [valuesOnly],
      (sheet) => usedRect(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 }
    );
  }

  /** The used range, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.sheetRange("getUsedRangeOrNullObject", [valuesOnly], (sheet) =>
      usedRect(sheet, valuesOnly)
    );
  }

  delete(): void {
    this._call("delete", [], () => {
      const host = this.context.host;
      const s = this._must();
      const visible = host.state.sheets.filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      host.state.sheets = host.state.sheets.filter((x) => x !== s);
      // Excel cannot undo a sheet's deletion, and takes the whole undo list with it
      host.undo.clear();
      host.state.tables = host.state.tables.filter((t) => t.sheetId !== s.id);
      host.handlers.delete(s.id);
      if (host.state.activeSheetId === s.id)
        host.state.activeSheetId = visible.find((x) => x !== s)?.id ?? null;
      if (host.state.selection?.sheetId === s.id) host.state.selection = null;
    });
  }

  activate(): void {
    this._call("activate", [], () => {
      this.context.host.state.activeSheetId = this._must().id;
    });
  }

  /** Worksheet.onChanged: handlers registered at the next sync, fired after each batch that edits the sheet. */
  get onChanged(): { add(handler: ChangedHandler): FakeEventHandlerResult } {
    return {
      add: (handler: ChangedHandler): FakeEventHandlerResult => {
        this._call("onChanged.add", [], () => {
          const host = this.context.host;
          const id = this._must().id;
          let set = host.handlers.get(id);
          if (!set) host.handlers.set(id, (set = new Set()));
          set.add(handler);
        });
        return {
          context: this.context,
          remove: () => {
            this._call("onChanged.remove", [], () => {
              const id = this._resolve()?.id;
              if (id) this.context.host.handlers.get(id)?.delete(handler);
            });
          },
        };
      },
    };
  }
}
