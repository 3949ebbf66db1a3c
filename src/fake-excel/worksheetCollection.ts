import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, itemNotFound } from "./errors";
import type { ChangedHandler } from "./host";
import { checkSheetName, newSheetState } from "./sheetState";
import type { FakeSheetState } from "./types";
import { FakeWorksheet, type FakeEventHandlerResult } from "./worksheet";

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "WorksheetCollection");
  }

  protected _itemsNow(): FakeWorksheet[] {
    return this.context.host.state.sheets.map((s) => {
      const id = s.id;
      return new FakeWorksheet(this.context, () => this.context.host.sheetById(id) ?? null);
    });
  }

  /** WorksheetCollection.onChanged (ExcelApi 1.9): one handler for every sheet, present and future. */
  get onChanged(): { add(handler: ChangedHandler): FakeEventHandlerResult } {
    return {
      add: (handler: ChangedHandler): FakeEventHandlerResult => {
        this._call("onChanged.add", [], () => {
          if (!this.context.host.supports("1.9")) {
            throw new FakeOfficeError(
              "ApiNotFound",
              "The API you are trying to use could not be found (ExcelApi 1.9 worksheets.onChanged)."
            );
          }
          this.context.host.workbookHandlers.add(handler);
        });
        return {
          context: this.context,
          remove: () => {
            this._call(
              "onChanged.remove",
              [],
              () => void this.context.host.workbookHandlers.delete(handler)
            );
          },
        };
      },
    };
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const s = this.context.host.sheetByName(key) ?? this.context.host.sheetById(key);
        if (!s) throw itemNotFound(`worksheet "${key}"`);
        return s;
      },
      { method: "getItem", args: [key], on: "WorksheetCollection" }
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => this.context.host.sheetByName(key) ?? this.context.host.sheetById(key) ?? null,
      { method: "getItemOrNullObject", args: [key], on: "WorksheetCollection" }
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const st = this.context.host.state;
        const s =
          (st.activeSheetId && this.context.host.sheetById(st.activeSheetId)) || st.sheets[0];
        if (!s) throw itemNotFound("active worksheet");
        return s;
      },
      { method: "getActiveWorksheet", args: [], on: "WorksheetCollection" }
    );
  }

  /** Adds a sheet at the end ("Sheet<n>" when no name is given). */
  add(name?: string): FakeWorksheet {
    let created: FakeSheetState | null = null;
    this._call("add", [name], () => {
      const host = this.context.host;
      let n = name;
      if (n === undefined) {
        let i = host.state.sheets.length + 1;
        while (host.sheetByName(`Sheet${i}`)) i += 1;
        n = `Sheet${i}`;
      }
      checkSheetName(n);
      if (host.sheetByName(n))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${n}" already exists.`);
      created = newSheetState(host.newId("ws"), n);
      // inserting a sheet is undoable in Excel: it belongs to the run's undo step like a cell write
      host.recordUndo();
      host.state.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw itemNotFound("added worksheet");
      return created;
    });
  }
}
