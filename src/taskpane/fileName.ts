/** The workbook's file name from its URL or path ("https://…/Plan%202026.xlsx" → "Plan 2026.xlsx"). */
export function fileNameOf(url: string | null | undefined): string {
  const last = (url ?? "").split(/[\\/]/).pop()?.split(/[?#]/)[0] ?? "";
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // a stray % in a local path is the name itself
  }
  return name.trim() || "This workbook";
}
