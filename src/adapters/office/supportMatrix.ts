import { hostLimitations } from "./limitations";

/** The minor number of "1.13" (13): versions compare by it (1.9 before 1.18). */
const minor = (v: string): number => Number(v.split(".")[1] ?? 0);

/** What the add-in does on one ExcelApi version, one cell of README's table each. */
export interface VersionSupport {
  readonly version: string;
  readonly mergedCells: string;
  readonly notes: string;
  readonly ownEdits: string;
  readonly undo: string;
}

/**
 * What each ExcelApi version gets, derived from the same checks the adapter makes at run time
 * (hostLimitations, the 1.14 trigger source, 1.20 undo grouping), so README cannot drift from the code.
 */
export function versionSupport(version: string, fileAvailable = true): VersionSupport {
  const has = (_name: string, v: string) => minor(v) <= minor(version);
  const limits = hostLimitations(
    has,
    has("ExcelApi", "1.13") ? "api" : fileAvailable ? "file" : "none"
  );
  return {
    version,
    mergedCells: has("ExcelApi", "1.13")
      ? "read from Excel (in row bands past 512 per sheet)"
      : "read from the workbook's file (getFileAsync)",
    notes: limits.some((l) => l.feature === "notes")
      ? "none: reasons in the pane (said once); earlier notes kept for a newer Excel to clear"
      : "a note on each highlighted cell",
    ownEdits: has("ExcelApi", "1.14")
      ? "told apart by Excel (triggerSource)"
      : "told apart by timing (an edit during the add-in's write waits for the next)",
    undo: has("ExcelApi", "1.20")
      ? "each highlight, clear, summary or tidy is one undo step (one Ctrl+Z takes it all back)"
      : "Check, Clear, the summary and tidy empty Excel's undo list (Clear highlights and Remove tidy rules are the way back); the re-check after an edit writes nothing",
  };
}

/** README's table: one row per version the add-in is tested on. */
export function supportTable(versions: readonly string[]): string {
  const rows = versions.map((v) => versionSupport(v));
  return [
    "| ExcelApi | Merged cells | Notes on highlighted cells | Own edits vs the user's | Undo |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) => `| ${r.version} | ${r.mergedCells} | ${r.notes} | ${r.ownEdits} | ${r.undo} |`
    ),
  ].join("\n");
}
