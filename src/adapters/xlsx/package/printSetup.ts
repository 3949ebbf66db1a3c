import type { PrintArea, SheetPrint } from "../../../core/summary/sheetModel";
import { colLetters } from "./a1";
import { quoteSheet, type WorkbookPart } from "./workbook";
import { escapeXml } from "./xml";

/** The print parts of a worksheet, each placed where the schema orders it. */
export interface PrintXml {
  /** Goes first in the worksheet (before <dimension>). */
  readonly sheetPr: string;
  /** Goes after <pageMargins>. */
  readonly pageSetup: string;
  /** Goes after <pageSetup>. */
  readonly headerFooter: string;
}

const NONE: PrintXml = { sheetPr: "", pageSetup: "", headerFooter: "" };

/** A SheetPrint as worksheet XML; Excel reads fitToHeight="0" as "as many pages tall as needed". */
export function printXml(print: SheetPrint | undefined): PrintXml {
  if (!print) return NONE;
  const fit = print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
  return {
    sheetPr: print.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "",
    pageSetup: `<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>`,
    headerFooter: print.pageNumbers
      ? `<headerFooter><oddFooter>${escapeXml("&CPage &P of &N")}</oddFooter></headerFooter>`
      : "",
  };
}

/** "'RAG Summary'!$A$1:$G$40": an absolute reference to one block of the sheet. */
function areaRef(sheet: string, a: PrintArea): string {
  return `${quoteSheet(sheet)}!$${colLetters(a.left)}$${a.top}:$${colLetters(a.right)}$${a.bottom}`;
}

/**
 * The sheet-scoped names Excel and LibreOffice both print by: _xlnm.Print_Titles (rows repeated at the
 * top of each printed page) and _xlnm.Print_Area (the blocks printed, each from a new page, comma
 * separated). Needs the sheet's position in the tab list (localSheetId).
 */
export function setPrintNames(
  wb: WorkbookPart,
  sheet: string,
  print: SheetPrint | undefined
): void {
  if (!print) return;
  const index = wb.sheets().findIndex((s) => s.name === sheet);
  if (index < 0) return;
  const rows = print.repeatRows;
  if (rows)
    wb.setSheetDefinedName(
      "_xlnm.Print_Titles",
      index,
      `${quoteSheet(sheet)}!$${rows.first}:$${rows.last}`
    );
  if (print.areas && print.areas.length > 0)
    wb.setSheetDefinedName(
      "_xlnm.Print_Area",
      index,
      print.areas.map((a) => areaRef(sheet, a)).join(",")
    );
}
