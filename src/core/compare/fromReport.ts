import { columnIndex } from "../grid/a1";
import { textAt } from "../grid/sheet";
import type { WorkbookGrid } from "../grid/types";
import type { WorkbookReport } from "../schema/report";
import type { ComparableAction } from "./types";

/**
 * The actions of a checked workbook in the form two versions are compared in. The update is the progress
 * cell's text: the action carries it; a grid, when given, supplies it for actions that do not.
 */
export function comparableActions(report: WorkbookReport, grid?: WorkbookGrid): ComparableAction[] {
  const sheets = new Map((grid?.sheets ?? []).map((s) => [s.name, s]));
  return report.tables.flatMap((table) => {
    const sheet = sheets.get(table.sheet);
    const letter = table.columns.progress;
    const col = letter === undefined ? null : columnIndex(letter);
    return table.actions.map((a) => {
      const update =
        a.update !== undefined
          ? (a.update ?? "")
          : sheet && col !== null
            ? a.rows
                .map((r) => textAt(sheet, r, col))
                .join("\n")
                .trim()
            : "";
      return {
        sheet: table.sheet,
        row: a.row,
        section: table.section,
        ref: a.ref,
        action: a.actionText,
        owner: a.owner,
        due: a.due,
        rating: a.rag,
        status: a.status,
        update: update === "" ? null : update,
        slips: 0,
      };
    });
  });
}
