import { rangeA1 } from "../../core/grid/a1";
import type { SheetPrint } from "../../core/summary/sheetModel";

/** Commands `queuePrint` adds at most, for the request-size budget. */
export const PRINT_COMMANDS = 5;

/**
 * Queues the sheet's print settings: landscape, one page wide and as many tall as needed, the heading
 * rows on every page, "Page N of M" in the footer. All of it is Worksheet.pageLayout, ExcelApi 1.9: the
 * add-in's baseline, so no version check is needed.
 */
export function queuePrint(ws: Excel.Worksheet, print: SheetPrint | undefined): void {
  if (!print) return;
  const layout = ws.pageLayout;
  // the enum's string values: the Excel global is not there outside Office
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall: as many as the rows need (Excel's "automatic"), as fitToHeight="0" in the file
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
  if (print.pageNumbers) layout.headersFooters.defaultForAllPages.centerFooter = "Page &P of &N";
  // a sheet laid out in column blocks prints each block from a new page, at its own width
  if (print.areas && print.areas.length > 0)
    layout.setPrintArea(
      print.areas.map((a) => rangeA1(a.top, a.left, a.bottom, a.right)).join(",")
    );
}
