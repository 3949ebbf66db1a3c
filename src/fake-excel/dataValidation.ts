import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { FakeClientObject } from "./proxy";
import type { FakeRange } from "./range";
import { cellKey, type FakeSheetState, type FakeValidationState, type Rect } from "./types";

/**
 * Range.dataValidation (ExcelApi 1.8), as the Office.js reference describes it: `rule` holds exactly one
 * kind of criteria; `type` is read-only and says "None" where no cell has a rule, "MixedCriteria" where
 * some cells have one and others not, and "Inconsistent" where cells have different rules; `clear()`
 * removes the validation from the cells the range overlaps (whoever added it). Setting anything on a
 * protected sheet fails as every other change does.
 */
const RULE_KINDS: Readonly<Record<string, string>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** Excel keeps a list validation's typed-in source to 255 characters. */
export const LIST_SOURCE_LIMIT = 255;

const DEFAULT_PROMPT = { message: "", title: "", showPrompt: false };
const DEFAULT_ALERT = { message: "", title: "", showAlert: true, style: "Stop" };

function kindOf(v: FakeValidationState | undefined): string {
  const key = v ? Object.keys(v.rule)[0] : undefined;
  return key ? (RULE_KINDS[key] ?? "None") : "None";
}

function checkRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== "object") throw invalidArgument("dataValidation.rule");
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  // "No more than one of these properties may be present in any DataValidationRule object."
  if (keys.length !== 1 || !(keys[0]! in RULE_KINDS)) {
    throw invalidArgument(`dataValidation.rule with ${keys.join(", ") || "no criteria"}`);
  }
  const list = (rule as { list?: { source?: unknown } }).list;
  if (list) {
    const source = list.source;
    if (typeof source !== "string" || source.length === 0)
      throw invalidArgument("list validation without a source");
    if (!source.startsWith("=") && source.length > LIST_SOURCE_LIMIT)
      throw invalidArgument(`a list source of ${source.length} characters`);
  }
  return JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
}

export class FakeDataValidation extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange
  ) {
    super(ctx, "DataValidation");
  }

  _isNull(): boolean {
    return this.range._isNull();
  }

  protected _scalars(): readonly string[] {
    return ["type", "rule", "prompt", "errorAlert", "ignoreBlanks", "valid"];
  }

  private cells(): { sheet: FakeSheetState; rect: Rect; all: (FakeValidationState | undefined)[] } {
    this.context.host.require("Range.dataValidation");
    const { sheet, rect } = this.range._must();
    const all: (FakeValidationState | undefined)[] = [];
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) all.push(sheet.validations?.get(cellKey(r, c)));
    return { sheet, rect, all };
  }

  protected _read(name: string): unknown {
    const { all } = this.cells();
    const first = all[0];
    switch (name) {
      case "type": {
        const kinds = all.map(kindOf);
        if (kinds.every((k) => k === "None")) return "None";
        if (kinds.some((k) => k === "None")) return "MixedCriteria";
        const rule = JSON.stringify(first?.rule);
        return all.every((v) => JSON.stringify(v?.rule) === rule) ? kinds[0] : "Inconsistent";
      }
      case "rule":
        return JSON.parse(JSON.stringify(first?.rule ?? {})) as unknown;
      case "prompt":
        return { ...(first?.prompt ?? DEFAULT_PROMPT) };
      case "errorAlert":
        return { ...(first?.errorAlert ?? DEFAULT_ALERT) };
      case "ignoreBlanks":
        return first?.ignoreBlanks ?? true;
      case "valid":
        return true;
      default:
        return undefined;
    }
  }

  get type(): string {
    return this._get("type");
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this.update("rule", v, (s) => ({ ...s, rule: checkRule(v) }));
  }
  get prompt(): FakeValidationState["prompt"] {
    return this._get("prompt");
  }
  set prompt(v: Partial<NonNullable<FakeValidationState["prompt"]>>) {
    this.update("prompt", v, (s) => ({ ...s, prompt: { ...DEFAULT_PROMPT, ...v } }));
  }
  get errorAlert(): FakeValidationState["errorAlert"] {
    return this._get("errorAlert");
  }
  set errorAlert(v: Partial<NonNullable<FakeValidationState["errorAlert"]>>) {
    this.update("errorAlert", v, (s) => ({ ...s, errorAlert: { ...DEFAULT_ALERT, ...v } }));
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.update("ignoreBlanks", v, (s) => ({ ...s, ignoreBlanks: v }));
  }

  /** Queues a change to every cell of the range (creating a validation where a cell has none). */
  private update(
    name: string,
    value: unknown,
    fn: (s: FakeValidationState) => FakeValidationState
  ): void {
    this._set(name, value, () => {
      this.context.host.require("Range.dataValidation");
      const { sheet, rect } = this.range._must();
      this.context.host.assertWritable(sheet);
      const map = (sheet.validations ??= new Map());
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const k = cellKey(r, c);
          map.set(k, fn(map.get(k) ?? { rule: {}, ignoreBlanks: true }));
        }
      }
    });
  }

  clear(): void {
    this._call("clear", [], () => {
      this.context.host.require("Range.dataValidation");
      const { sheet, rect } = this.range._must();
      this.context.host.assertWritable(sheet);
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) sheet.validations?.delete(cellKey(r, c));
    });
  }
}
