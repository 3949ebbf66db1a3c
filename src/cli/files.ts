import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

export interface FileArg {
  readonly path: string;
  /** Set when the argument cannot be checked (missing, not a workbook); the batch goes on. */
  readonly error?: string;
}

/** Expands files and folders into the workbooks to check, in a stable order. */
export async function expandInputs(inputs: readonly string[]): Promise<FileArg[]> {
  const out: FileArg[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      out.push({ path: input, error: `${input}: no such file or folder.` });
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(input))
        .filter((n) => /\.xls[xm]$/i.test(n) && !n.startsWith("~$"))
        .sort();
      if (names.length === 0)
        out.push({ path: input, error: `${input}: the folder holds no .xlsx workbook.` });
      for (const n of names) out.push({ path: join(input, n) });
    } else {
      out.push(checkExtension(input));
    }
  }
  return out;
}

function checkExtension(path: string): FileArg {
  const ext = extname(path).toLowerCase();
  if (ext === ".xls") {
    return {
      path,
      error: `${path}: this is an old Excel 97-2003 (.xls) workbook. Open it in Excel and save it as .xlsx, then check it again.`,
    };
  }
  return { path };
}
