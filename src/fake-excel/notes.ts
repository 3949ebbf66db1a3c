import { parseRect, splitSheet } from "./address";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, itemNotFound } from "./errors";
import { apiNotFound as notFoundApi } from "./profile";
import { FakeClientObject } from "./proxy";
import { FakeRange } from "./range";
import { cellKey, keyCol, keyRow, type FakeSheetState } from "./types";
import type { FakeWorksheet } from "./worksheet";

/** Notes need ExcelApi 1.18: reaching them through Worksheet.notes on an older Excel fails. */
const apiNotFound = (): FakeOfficeError => notFoundApi("Worksheet.notes");

/** A cell note (the yellow sticky kind, ExcelApi 1.18), keyed by its cell. */
export class FakeNote extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet,
    private readonly key: () => number | null
  ) {
    super(ctx, "Note");
  }

  _isNull(): boolean {
    if (!this.context.host.supports("1.18")) throw apiNotFound();
    const k = this.key();
    return k === null || this.ws._isNull() || !this.ws._must().notes.has(k);
  }

  private where(): { sheet: FakeSheetState; key: number } {
    const k = this.key();
    const sheet = this.ws._must();
    if (k === null || !sheet.notes.has(k)) throw itemNotFound("note");
    return { sheet, key: k };
  }

  protected _scalars(): readonly string[] {
    return ["content", "authorName"];
  }

  protected _read(name: string): unknown {
    const { sheet, key } = this.where();
    return name === "content" ? sheet.notes.get(key) : "Action Plan Checker";
  }

  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set("content", v, () => {
      const { sheet, key } = this.where();
      this.context.host.assertWritable(sheet);
      sheet.notes.set(key, v);
    });
  }
  get authorName(): string {
    return this._get("authorName");
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, key } = this.where();
      this.context.host.assertWritable(sheet);
      sheet.notes.delete(key);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const { sheet, key } = this.where();
        const row = keyRow(key);
        const col = keyCol(key);
        return { sheet, rect: { top: row, left: col, bottom: row, right: col } };
      },
      this.ws,
      { method: "getLocation", args: [], on: "Note" }
    );
  }
}

/** Worksheet.notes. */
export class FakeNoteCollection extends FakeCollection<FakeNote> {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet
  ) {
    super(ctx, "NoteCollection");
  }

  override _isNull(): boolean {
    if (!this.context.host.supports("1.18")) throw apiNotFound();
    return this.ws._isNull();
  }

  protected _itemsNow(): FakeNote[] {
    return [...this.ws._must().notes.keys()].map(
      (k) => new FakeNote(this.context, this.ws, () => k)
    );
  }

  private keyOf(address: string): number | null {
    const rect = parseRect(splitSheet(address).local);
    if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) return null;
    return cellKey(rect.top, rect.left);
  }

  /** Adds a note to one cell; a cell holds at most one note. */
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    let key: number | null = null;
    this._call("add", [typeof cellAddress === "string" ? cellAddress : "<range>", content], () => {
      const sheet = this.ws._must();
      this.context.host.assertWritable(sheet);
      if (typeof cellAddress === "string") key = this.keyOf(cellAddress);
      else {
        const r = cellAddress._must().rect;
        key = r.top === r.bottom && r.left === r.right ? cellKey(r.top, r.left) : null;
      }
      if (key === null)
        throw new FakeOfficeError(
          "InvalidCellAddress",
          `Not a single cell: ${String(cellAddress)}`
        );
      if (sheet.notes.has(key))
        throw new FakeOfficeError("InvalidOperation", "The cell already has a note.");
      sheet.notes.set(key, content);
    });
    return new FakeNote(this.context, this.ws, () => key);
  }

  getItem(key: string): FakeNote {
    const note = new FakeNote(this.context, this.ws, () => this.keyOf(key));
    this.context.enqueue({
      target: note,
      always: true,
      request: { call: "getItem", args: [key] },
      apply: () => {
        if (note._isNull()) throw itemNotFound(`note at ${key}`);
        return { commit: () => (note._nullState = false) };
      },
    });
    return note;
  }

  getItemOrNullObject(key: string): FakeNote {
    const note = new FakeNote(this.context, this.ws, () => this.keyOf(key));
    this.context.enqueue({
      target: note,
      always: true,
      request: { call: "getItemOrNullObject", args: [key] },
      apply: () => {
        const isNull = note._isNull();
        return { commit: () => (note._nullState = isNull) };
      },
    });
    return note;
  }
}
