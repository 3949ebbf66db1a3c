import type ExcelJS from "exceljs";

/** The sheet row of the action whose ref starts `ref` ("1.1"): found by its text, as an officer would. */
export function actionRow(ws: ExcelJS.Worksheet, ref: string): number {
  const starts = new RegExp(`^${ref.replace(/\./g, "\\.")}\\b`);
  let row = 0;
  ws.eachRow((r, n) => {
    if (row === 0 && starts.test(String(r.getCell(1).value ?? ""))) row = n;
  });
  return row;
}
