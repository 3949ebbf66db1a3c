/** What went wrong, in terms the task pane can act on. */
export type AdapterErrorCode =
  | "sheet-protected"
  | "not-found"
  | "payload-too-large"
  | "not-supported"
  | "busy"
  | "invalid-backup"
  | "locked"
  | "unknown";

/** The one error the Office adapter throws: a code, a plain-English message, and the Office error behind it. */
export class AdapterError extends Error {
  readonly code: AdapterErrorCode;
  override readonly cause: unknown;

  constructor(code: AdapterErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = "AdapterError";
    this.code = code;
    this.cause = cause;
  }
}

/** OfficeExtension.Error codes (Excel.ErrorCodes) mapped to ours. */
const BY_OFFICE_CODE: Readonly<Record<string, [AdapterErrorCode, string]>> = {
  AccessDenied: [
    "sheet-protected",
    "Excel refused the change: the sheet is protected or the workbook is read-only. Unprotect it and try again.",
  ],
  ItemNotFound: [
    "not-found",
    "A sheet or range the add-in expected is no longer there. Run the check again.",
  ],
  RequestPayloadSizeLimitExceeded: [
    "payload-too-large",
    "The workbook is too large to send to Excel in one go.",
  ],
  ResponsePayloadSizeLimitExceeded: [
    "payload-too-large",
    "The workbook is too large to read from Excel in one go.",
  ],
  Conflict: [
    "locked",
    "Someone else is editing this part of the workbook. Wait for them to finish, then try again.",
  ],
  ApiNotFound: [
    "not-supported",
    "This version of Excel does not support a feature the add-in needs.",
  ],
  InvalidOperationInCellEditMode: [
    "busy",
    "Excel is busy: finish editing the cell (press Enter or Esc), then try again.",
  ],
  GeneralException: ["unknown", "Excel could not complete the operation. Try again."],
};

/** Wraps anything thrown by Excel.run in an AdapterError (an AdapterError passes through unchanged). */
export function toAdapterError(e: unknown, doing: string): AdapterError {
  if (e instanceof AdapterError) return e;
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  const known = typeof code === "string" ? BY_OFFICE_CODE[code] : undefined;
  if (known) return new AdapterError(known[0], `${doing}: ${known[1]}`, e);
  const detail = e instanceof Error ? e.message : String(e);
  return new AdapterError(
    "unknown",
    `${doing}: Excel reported an unexpected problem (${detail}).`,
    e
  );
}

/** The Office error code of a failure, if it has one. */
export function officeCode(e: unknown): string | undefined {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadError(e: unknown): boolean {
  const c = officeCode(e);
  return c === "RequestPayloadSizeLimitExceeded" || c === "ResponsePayloadSizeLimitExceeded";
}

/** Excel refusing a write for a reason the user must lift: protection, a read-only file, a co-author. */
export function isWriteRefused(e: unknown): boolean {
  const c = officeCode(e);
  return c === "AccessDenied" || c === "Conflict" || c === "InvalidOperation";
}

/** The sentence for a refused highlight: which sheets, and the two ways on. */
export function refusedHighlightMessage(e: unknown, sheets: readonly string[]): AdapterError {
  const names = sheets.map((s) => `"${s}"`).join(", ") || "this workbook";
  const why =
    officeCode(e) === "Conflict"
      ? "someone else is editing it"
      : "the sheet is protected or the workbook is read-only";
  return new AdapterError(
    officeCode(e) === "Conflict" ? "locked" : "sheet-protected",
    `Excel refused to change the highlights on ${names}: ${why}. Unprotect the sheet (Review > Unprotect Sheet), open an editable copy or wait for the other person, then check again, or check without highlighting.`,
    e
  );
}
