import { parseRect, splitSheet } from "./address";
import { ensureCell, textOf } from "./cells";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeClientObject } from "./proxy";
import { FakeRange } from "./range";
import { intersects } from "./rangeCells";
import type { FakeTableState } from "./types";
import type { FakeWorksheet } from "./worksheet";

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;

export class FakeTable extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: () => FakeTableState | null,
    private readonly ws: FakeWorksheet | null
  ) {
    super(ctx, "Table");
  }

  _isNull(): boolean {
    return this.resolver() === null;
  }

  /** @internal */
  _must(): FakeTableState {
    const t = this.resolver();
    if (!t || !this.context.host.state.tables.includes(t)) throw itemNotFound("table");
    return t;
  }

  protected _scalars(): readonly string[] {
    return ["name", "id", "style", "showHeaders"];
  }

  protected _read(name: string): unknown {
    const t = this._must();
    if (name === "name") return t.name;
    if (name === "id") return t.id;
    if (name === "style") return t.style;
    return t.hasHeaders;
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => {
      const t = this._must();
      if (!TABLE_NAME.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v))
        throw invalidArgument(`table name "${v}"`);
      const clash = this.context.host.state.tables.find(
        (o) => o !== t && o.name.toLowerCase() === v.toLowerCase()
      );
      if (clash)
        throw new FakeOfficeError("ItemAlreadyExists", `A table named "${v}" already exists.`);
      t.name = v;
    });
  }
  get id(): string {
    return this._get("id");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, () => void (this._must().style = v));
  }

  private part(
    method: string,
    pick: (t: FakeTableState) => { top: number; bottom: number } | null
  ): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this._must();
        const sheet = this.context.host.sheetById(t.sheetId);
        const rows = pick(t);
        if (!sheet || !rows) throw itemNotFound(`${method} of ${t.name}`);
        return { sheet, rect: { ...t.rect, top: rows.top, bottom: rows.bottom } };
      },
      this.ws as FakeWorksheet,
      { method, args: [] }
    );
  }

  getRange(): FakeRange {
    return this.part("getRange", (t) => t.rect);
  }

  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (t) =>
      t.hasHeaders ? { top: t.rect.top, bottom: t.rect.top } : null
    );
  }

  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (t) => ({
      top: t.hasHeaders ? t.rect.top + 1 : t.rect.top,
      bottom: t.rect.bottom,
    }));
  }

  delete(): void {
    this._call("delete", [], () => {
      const t = this._must();
      this.context.host.state.tables = this.context.host.state.tables.filter((o) => o !== t);
    });
  }
}

/** Worksheet.tables (scoped to a sheet) or Workbook.tables (ws = null). */
export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet | null
  ) {
    super(ctx, "TableCollection");
  }

  override _isNull(): boolean {
    return this.ws ? this.ws._isNull() : false;
  }

  private inScope(): FakeTableState[] {
    const all = this.context.host.state.tables;
    if (!this.ws) return all;
    const id = this.ws._must().id;
    return all.filter((t) => t.sheetId === id);
  }

  protected _itemsNow(): FakeTable[] {
    return this.inScope().map((t) => new FakeTable(this.context, () => t, this.ws));
  }

  getItemOrNullObject(key: string): FakeTable {
    const table = new FakeTable(
      this.context,
      () =>
        this.inScope().find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key) ??
        null,
      this.ws
    );
    return table;
  }

  /**
   * Creates a table over `address`. With headers, the first row becomes the header row: blank headers are
   * named "Column1"…, and header cells hold text.
   */
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: FakeTableState | null = null;
    this._call("add", [address, hasHeaders], () => {
      const host = this.context.host;
      const { sheet: named, local } = splitSheet(address);
      const sheet = this.ws ? this.ws._must() : named ? host.sheetByName(named) : undefined;
      if (!sheet) throw itemNotFound(`sheet for table at ${address}`);
      const rect = parseRect(local);
      if (!rect) throw invalidArgument(`table address "${address}"`);
      host.assertWritable(sheet);
      if (host.state.tables.some((t) => t.sheetId === sheet.id && intersects(t.rect, rect))) {
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      }
      if (sheet.merges.some((m) => intersects(m, rect))) {
        throw new FakeOfficeError(
          "MergedRangeConflict",
          "Cannot complete the operation. A table can't overlap with merged cells."
        );
      }
      if (hasHeaders) {
        for (let col = rect.left; col <= rect.right; col++) {
          const cell = ensureCell(sheet, rect.top, col);
          const text = textOf(cell);
          cell.value = text === "" ? `Column${col - rect.left + 1}` : text;
          delete cell.formula;
        }
      }
      let n = host.state.tables.length + 1;
      while (host.state.tables.some((t) => t.name === `Table${n}`)) n += 1;
      created = {
        id: host.newId("tbl"),
        name: `Table${n}`,
        sheetId: sheet.id,
        rect,
        hasHeaders,
        style: "TableStyleMedium2",
      };
      host.state.tables.push(created);
    });
    return new FakeTable(this.context, () => created, this.ws);
  }
}
