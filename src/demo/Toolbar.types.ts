import type { PaneThemeKind } from "../taskpane/theme";
import type { DemoSample } from "./samples";
import type { DemoWorkbook } from "./session";

/** Props of the demo page's toolbar: what it lists and what a choice asks the page to do. */
export interface ToolbarProps {
  readonly samples: readonly DemoSample[];
  readonly workbook: DemoWorkbook | null;
  readonly theme: PaneThemeKind;
  readonly onSample: (sample: DemoSample) => void;
  readonly onFile: (file: File) => void;
  readonly onTheme: (theme: PaneThemeKind) => void;
}
