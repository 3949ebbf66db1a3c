import type { Workbook, Worksheet } from "exceljs";
import type { HistoryRow } from "../../core/summary/history";
import { HISTORY_SHEET_NAME } from "../../core/summary/history";
import { findOwnedSheet, freeSheetName, markOwned } from "./writeOwnership";
import { writeCell } from "./writeSheetModel";
import { intentStyle } from "./writeStyles";

/**
 * Appends one dated row of counts to the tool's "RAG History" sheet, creating it with its header when
 * the workbook has none (a user's own sheet of that name is left alone: the new one is "RAG History (2)").
 * The filter covers the header and every row so far.
 */
export function writeHistoryRow(workbook: Workbook, history: HistoryRow, fills = {}): Worksheet {
  let ws = findOwnedSheet(workbook, HISTORY_SHEET_NAME);
  if (!ws) {
    ws = workbook.addWorksheet(freeSheetName(workbook, HISTORY_SHEET_NAME));
    markOwned(workbook, HISTORY_SHEET_NAME, ws);
    history.header.forEach((h, i) => {
      writeCell(ws!.getCell(1, i + 1), { value: h, intent: "header" }, fills);
      ws!.getColumn(i + 1).width = Math.max(12, h.length + 4);
    });
    ws.getCell(1, 1).style = { ...intentStyle("header") };
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  const rowNumber = Math.max(1, ws.actualRowCount > 0 ? (ws.lastRow?.number ?? 1) : 1) + 1;
  history.row.forEach((cell, i) => writeCell(ws!.getCell(rowNumber, i + 1), cell, fills));
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: rowNumber, column: Math.max(history.header.length, history.row.length) },
  };
  return ws;
}
