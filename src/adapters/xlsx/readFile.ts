import { readFile } from "node:fs/promises";
import type { WorkbookGrid } from "../../core/grid/types";
import { readXlsxGrid } from "./readPackage";
import { nodeInflater } from "./readZipNode";

/** Reads an .xlsx file from disk into grids (see `readXlsxGrid`). */
export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  return readXlsxGrid(await readFile(path), { inflater: nodeInflater });
}
