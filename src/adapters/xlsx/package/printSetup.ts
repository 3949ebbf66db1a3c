import type { SheetPrint } from "../../../core/summary/sheetModel";
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

/**
 * Rows repeated at the top of each printed page: the sheet-scoped name _xlnm.Print_Titles, which
 * Excel and LibreOffice both read. Needs the sheet's position in the tab list (localSheetId).
 */
export function setPrintTitles(
  wb: WorkbookPart,
  sheet: string,
  print: SheetPrint | undefined
): void {
  const rows = print?.repeatRows;
  if (!rows) return;
  const index = wb.sheets().findIndex((s) => s.name === sheet);
  if (index < 0) return;
  wb.setSheetDefinedName(
    "_xlnm.Print_Titles",
    index,
    `${quoteSheet(sheet)}!$${rows.first}:$${rows.last}`
  );
}
