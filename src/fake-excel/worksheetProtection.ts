import type { FakeRequestContext } from "./context";
import { FakeClientObject } from "./proxy";
import type { FakeWorksheet } from "./worksheet";

/** Worksheet.protection: `protected` is what the adapter checks before writing. */
export class FakeWorksheetProtection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: FakeWorksheet
  ) {
    super(ctx, "WorksheetProtection");
  }

  _isNull(): boolean {
    return this.ws._isNull();
  }

  protected _scalars(): readonly string[] {
    return ["protected"];
  }

  protected _read(): unknown {
    return this.ws._must().protected;
  }

  get protected(): boolean {
    return this._get("protected");
  }

  protect(): void {
    this._call("protect", [], () => void (this.ws._must().protected = true));
  }

  unprotect(): void {
    this._call("unprotect", [], () => void (this.ws._must().protected = false));
  }
}
