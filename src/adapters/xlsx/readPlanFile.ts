import type { PlanFileReader } from "../../app/ports";
import { readXlsxGrid } from "./readPackage";
import { browserInflater } from "./readZipBrowser";
import { notXlsxReason } from "./sniff";

/**
 * A previous version of a plan, read in the browser from the bytes of a file the user picked: refused
 * with a sentence when it is not an .xlsx (an old .xls, an encrypted workbook, any other file), the
 * tool's own sheets left out as a check leaves them.
 */
export const readPlanFile: PlanFileReader = async (bytes) => {
  const reason = notXlsxReason(bytes);
  if (reason) throw new Error(reason);
  return readXlsxGrid(bytes, { skipOwnSheets: true, inflater: browserInflater() });
};
