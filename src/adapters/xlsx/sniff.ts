/**
 * Says what a file is from its first bytes, so a bad input gets a message that names the problem instead
 * of a zip library's error. An .xlsx is a zip; an OLE compound file is an old .xls or an encrypted
 * (password-protected) workbook, which Excel also stores that way.
 */
export type FileKind = "zip" | "ole" | "empty" | "other";

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return "zip";
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => bytes[i] === b)) return "ole";
  return "other";
}

/** A stream name as an OLE directory entry stores it (UTF-16LE; the names are ASCII). */
const oleName = (name: string): Uint8Array =>
  Uint8Array.from([...name].flatMap((ch) => [ch.charCodeAt(0), 0]));

/** Whether `needle` occurs in `bytes`; no Buffer, so the pane (a browser) can sniff a picked file too. */
function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > bytes.length) return false;
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/**
 * What an OLE compound file holds, from its directory's stream names: an encrypted OOXML workbook has
 * "EncryptedPackage" (Excel's "Encrypt with Password"), an Excel 97-2003 file a "Workbook" (or "Book")
 * stream. The directory may sit anywhere in the file, so the whole of it is searched.
 */
export function oleContent(bytes: Uint8Array): "encrypted" | "xls" | "unknown" {
  if (includes(bytes, oleName("EncryptedPackage"))) return "encrypted";
  if (includes(bytes, oleName("Workbook")) || includes(bytes, oleName("Book"))) return "xls";
  return "unknown";
}

const OLE_REASON = {
  encrypted:
    "this workbook is password-protected (encrypted), so it cannot be read. Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password), save it, then check it again.",
  xls: "this is an old Excel 97-2003 (.xls) workbook. Open it in Excel and save it as .xlsx, then check it again.",
  unknown:
    "this is a password-protected workbook or an old Excel 97-2003 (.xls) file. Remove the password or save it as .xlsx in Excel, then check it again.",
} as const;

/** A sentence for a file that is not a readable .xlsx, or null when it looks like one. */
export function notXlsxReason(bytes: Uint8Array): string | null {
  switch (sniff(bytes)) {
    case "zip":
      return null;
    case "empty":
      return "the file is empty.";
    case "ole":
      return OLE_REASON[oleContent(bytes)];
    default:
      return "this is not an Excel .xlsx workbook.";
  }
}
