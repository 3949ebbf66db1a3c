import type { PaneTask } from "./paneState";

/** What the progress indicator says for each kind of work. */
export const PROGRESS_TEXT: Readonly<Record<PaneTask, string>> = {
  load: "Reading the settings saved in this workbook…",
  check: "Checking the workbook…",
  "save-settings": "Saving settings…",
  summary: "Building the summary sheet…",
  clear: "Clearing highlights…",
  export: "Writing the issue list to a sheet…",
};
