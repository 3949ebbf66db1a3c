import type { IsSetSupported } from "./host";

/** A feature this Excel lacks, and what the pane says about it (once, under the report). */
export interface HostLimitation {
  readonly feature: "merged-areas" | "notes";
  readonly message: string;
}

/**
 * What degrades on this Excel, from its requirement sets: merged areas before ExcelApi 1.13 (read from
 * the file instead, or not at all when the file cannot be had), notes on highlighted cells before 1.18.
 * Undo grouping (1.20) is not said: the live re-check writes nothing, so older versions lose nothing
 * the user would notice.
 */
export function hostLimitations(
  isSetSupported: IsSetSupported,
  mergedAreas: "api" | "file" | "none"
): HostLimitation[] {
  const out: HostLimitation[] = [];
  if (mergedAreas === "none") {
    out.push({
      feature: "merged-areas",
      message:
        "This version of Excel cannot tell the add-in which cells are merged, so a heading or value spread over merged cells may be missed. Update Excel (Microsoft 365 Version 2102 or later) for a full check.",
    });
  }
  if (!isSetSupported("ExcelApi", "1.18")) {
    out.push({
      feature: "notes",
      message:
        "This version of Excel cannot add notes, so highlighted cells carry no note: the reasons are in this pane. Notes the add-in added in a newer Excel stay until you clear highlights there.",
    });
  }
  return out;
}
