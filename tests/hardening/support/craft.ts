// Crafted bad files for the CLI: broken, foreign, encrypted and oversized workbooks, built small.
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A small real plan: a header and three actions, one of them without an owner. */
export async function smallPlan(sheet = "Plan"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(["Ref", "Action", "Lead officer", "Timescale"]);
  ws.addRow(["1.1", "Consult schools", "SEN Manager", "Sept 2003"]);
  ws.addRow(["1.2", "Review provision", "", "Ongoing"]);
  ws.addRow(["1.3", "Publish the strategy", "Head of Service", "March 2004"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook with one worksheet and nothing on it. */
export async function emptySheetWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A zip package with the parts of a workbook but no worksheet at all. */
export async function noSheetWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Rewrites the first worksheet's XML. */
export async function patchSheet(xlsx: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = "xl/worksheets/sheet1.xml";
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Sets the uncompressed size a zip states for one part, in its local header and its central directory
 * entry, without touching the data: larger is what a huge sheet declares, smaller is a lying zip bomb.
 */
export function restateSize(zip: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part, "utf8");
  let patched = 0;
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) {
      const len = out.readUInt16LE(i + 26);
      if (out.subarray(i + 30, i + 30 + len).equals(name)) {
        out.writeUInt32LE(size, i + 22);
        patched++;
      }
    } else if (sig === 0x02014b50) {
      const len = out.readUInt16LE(i + 28);
      if (out.subarray(i + 46, i + 46 + len).equals(name)) {
        out.writeUInt32LE(size, i + 24);
        patched++;
      }
    }
  }
  if (patched !== 2) throw new Error(`restateSize: found ${patched} headers for ${part}`);
  return out;
}

/**
 * An OLE compound file (the container of .xls files and of password-encrypted .xlsx files) with a
 * directory naming `streams`: a valid header, one FAT sector and one directory sector, streams empty.
 */
export function compoundFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let o = 80; o < 512; o += 4) header.writeUInt32LE(0xffffffff, o);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 holds the FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: the directory, one sector long
  const dir = Buffer.alloc(512);
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    dir.write(name, at, "utf16le");
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, at + 66); // root storage, then streams
    dir.writeUInt32LE(0xffffffff, at + 68);
    dir.writeUInt32LE(0xffffffff, at + 72);
    dir.writeUInt32LE(i === 0 && streams.length ? 1 : 0xffffffff, at + 76);
    dir.writeUInt32LE(0xfffffffe, at + 116);
  });
  return Buffer.concat([header, fat, dir]);
}
