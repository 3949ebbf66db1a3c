import { readFile } from "node:fs/promises";
import type { WorkbookGrid } from "../../core/grid/types";
import { readWorkbookGrid } from "./read";

/** Reads an .xlsx file from disk into grids (see `readWorkbookGrid`). */
export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  return readWorkbookGrid(await readFile(path));
}
