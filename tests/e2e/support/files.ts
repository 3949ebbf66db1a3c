import ExcelJS from "exceljs";
import type { Demo } from "./demo";

type CellValue = string | number | null;

/** An .xlsx of one sheet: `rows` written from A1 down (null leaves a cell empty). */
export async function workbookBytes(sheet: string, rows: readonly CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    })
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Drops a workbook on the demo page, as a user dragging a file from the desktop would. */
export async function dropWorkbook(demo: Demo, name: string, bytes: Buffer): Promise<void> {
  const drop = await demo.page.evaluateHandle(
    ([base64, file]) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], file, { type: "application/octet-stream" }));
      return transfer;
    },
    [bytes.toString("base64"), name] as const
  );
  await demo.page.dispatchEvent(".page", "dragover", { dataTransfer: drop });
  await demo.page.dispatchEvent(".page", "drop", { dataTransfer: drop });
}

/** Issue 15's plan: three actions due in 2012, their status Delayed or Red, no update anywhere. */
export function allOverdueRows(): CellValue[][] {
  return [
    ["Recovery plan"],
    [],
    ["Ref", "Action", "Lead", "Timescale", "Status", "Progress update"],
    ["1.1", "Review the SEN transport policy", "Head of SEN", "March 2012", "Delayed", null],
    ["1.2", "Publish the local offer", "Group Manager SEN", "June 2012", "Red", null],
    [
      "1.3",
      "Train every SENCo on the new plan",
      "Principal Educational Psychologist",
      "August 2012",
      "Delayed",
      null,
    ],
  ];
}

/** A plan of `n` actions, every one without an owner (an error each), due in turn over ten years. */
export function bigPlanRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [["Ref", "Action", "Lead", "Timescale", "Status"]];
  for (let i = 1; i <= n; i++) {
    rows.push([
      `${i}`,
      `Action ${i}: review the placement of pupils in school ${i % 97} and report to the board`,
      null,
      `${["March", "June", "September", "December"][i % 4]} ${2030 + (i % 10)}`,
      "On track",
    ]);
  }
  return rows;
}
