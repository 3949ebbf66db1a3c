import type { FakeRequestContext } from "./context";
import { FakeCustomXmlPartCollection } from "./customXml";
import { itemNotFound } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { FakeSettingCollection } from "./settings";
import { FakeTableCollection } from "./tables";
import { FakeWorksheet } from "./worksheet";
import { FakeWorksheetCollection } from "./worksheetCollection";

/** context.workbook. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.names = new FakeNamedItemCollection(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.tables = new FakeTableCollection(context, null);
  }

  /** ExcelApi 1.5. */
  get customXmlParts(): FakeCustomXmlPartCollection {
    this.context.host.require("Workbook.customXmlParts");
    return new FakeCustomXmlPartCollection(this.context);
  }

  getSelectedRange(): FakeRange {
    const ctx = this.context;
    const ws = new FakeWorksheet(ctx, () => {
      const sel = ctx.host.state.selection;
      return (sel && ctx.host.sheetById(sel.sheetId)) || null;
    });
    return new FakeRange(
      ctx,
      () => {
        const sel = ctx.host.state.selection;
        const sheet = sel ? ctx.host.sheetById(sel.sheetId) : undefined;
        if (!sel || !sheet) throw itemNotFound("selection");
        return { sheet, rect: { ...sel.rect } };
      },
      ws,
      { method: "getSelectedRange", args: [], on: "Workbook" }
    );
  }
}
