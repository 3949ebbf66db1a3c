import type { FakeRequestContext } from "./context";
import { FakeClientObject } from "./proxy";
import type { FakeSheetState } from "./types";

/** What the fake keeps of a sheet's print settings (Excel.PageLayout, ExcelApi 1.9). */
export interface FakePageLayoutState {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerFooter?: string;
  /** The rows set by setPrintTitleRows, as given ("$1:$4"). */
  printTitleRows?: string;
  /** The ranges set by setPrintArea, as given ("A1:G40,I42:Q60"). */
  printArea?: string;
}

type Sheet = { _must(): FakeSheetState & { pageLayout?: FakePageLayoutState } };

/**
 * Worksheet.pageLayout. Every command on it needs ExcelApi 1.9 (the member the API-set table lists), so
 * an older profile refuses it as Excel does.
 */
export class FakePageLayout extends FakeClientObject {
  readonly headersFooters: { readonly defaultForAllPages: { centerFooter: string } };

  constructor(
    ctx: FakeRequestContext,
    private readonly ws: Sheet
  ) {
    super(ctx, "Worksheet");
    const set = (apply: (s: FakePageLayoutState) => void) => this._queue(apply);
    const footer = {
      set centerFooter(v: string) {
        set((s) => void (s.centerFooter = v));
      },
      get centerFooter(): string {
        return "";
      },
    };
    this.headersFooters = { defaultForAllPages: footer };
  }

  _isNull(): boolean {
    return false;
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(): unknown {
    return undefined;
  }

  /** @internal the stored settings, for tests */
  _state(): FakePageLayoutState {
    const sheet = this.ws._must();
    sheet.pageLayout ??= {};
    return sheet.pageLayout;
  }

  private _queue(apply: (s: FakePageLayoutState) => void): void {
    // the type is "Worksheet" so the check is the one member listed: Worksheet.pageLayout
    this._set("pageLayout", null, () => apply(this._state()));
  }

  set orientation(v: string) {
    this._queue((s) => void (s.orientation = v));
  }

  set zoom(v: FakePageLayoutState["zoom"]) {
    this._queue((s) => void (s.zoom = { ...v }));
  }

  setPrintTitleRows(rows: string): void {
    this._queue((s) => void (s.printTitleRows = rows));
  }

  /** The string form only (the add-in passes addresses); each comma-separated range must be A1 style. */
  setPrintArea(area: string): void {
    if (
      typeof area !== "string" ||
      !/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?(,\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?)*$/.test(area)
    )
      throw new Error(`InvalidArgument: setPrintArea("${String(area)}")`);
    this._queue((s) => void (s.printArea = area));
  }
}
