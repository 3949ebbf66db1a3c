import JSZip from "jszip";
import { rectA1 } from "./address";
import type { FakeWorkbookState } from "./types";

/**
 * Office.context.document's getFileAsync for the fake: the workbook as an .xlsx holding what the add-in
 * reads from a file (sheet names and merged areas), in slices as Office hands them over.
 */
export interface FakeDocument {
  getFileAsync(
    fileType: "compressed",
    options: { sliceSize: number },
    callback: (result: {
      status: "succeeded" | "failed";
      value: FakeFile;
      error?: { message: string };
    }) => void
  ): void;
}

export interface FakeFile {
  readonly sliceCount: number;
  getSliceAsync(
    index: number,
    callback: (result: { status: "succeeded" | "failed"; value: { data: number[] } }) => void
  ): void;
  closeAsync(callback?: () => void): void;
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function xlsxOf(state: FakeWorkbookState): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheets = state.sheets.map((s, i) => ({ s, id: `rId${i + 1}`, part: `sheet${i + 1}.xml` }));
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((x, i) => `<sheet name="${escapeXml(x.s.name)}" sheetId="${i + 1}" r:id="${x.id}"/>`)
      .join("")}</sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships>${sheets
      .map((x) => `<Relationship Id="${x.id}" Target="worksheets/${x.part}"/>`)
      .join("")}</Relationships>`
  );
  for (const x of sheets) {
    const merges = x.s.merges.map((m) => `<mergeCell ref="${rectA1(m)}"/>`).join("");
    zip.file(
      `xl/worksheets/${x.part}`,
      `<worksheet>${merges ? `<mergeCells count="${x.s.merges.length}">${merges}</mergeCells>` : ""}</worksheet>`
    );
  }
  return zip.generateAsync({ type: "uint8array" });
}

export function fakeDocument(state: () => FakeWorkbookState): FakeDocument {
  return {
    getFileAsync(_type, options, callback) {
      void xlsxOf(state()).then((bytes) => {
        const size = Math.max(1, options.sliceSize);
        const sliceCount = Math.max(1, Math.ceil(bytes.length / size));
        const file: FakeFile = {
          sliceCount,
          getSliceAsync: (i, cb) =>
            cb({
              status: "succeeded",
              value: { data: [...bytes.subarray(i * size, (i + 1) * size)] },
            }),
          closeAsync: (cb) => cb?.(),
        };
        callback({ status: "succeeded", value: file });
      });
    },
  };
}
