import type { WorkbookReport } from "../../core/schema";
import type { CompareController } from "./useCompare";

/** Props of {@link Compare}. */
export interface CompareProps {
  readonly compare: CompareController;
  /** The open workbook's report: where each changed action is, for its "Go to" button. */
  readonly report: WorkbookReport;
  readonly onGoTo: (sheet: string, address: string) => void;
  /** True while the pane is busy writing to the workbook. */
  readonly busy?: boolean;
}
