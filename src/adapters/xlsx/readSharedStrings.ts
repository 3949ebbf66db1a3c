import { unescapeOoxml } from "./readCell";
import { parsePart } from "./readParts";
import type { ZipPackage } from "./readZip";

/**
 * The shared strings table, each item's text being its plain `<t>` or the runs of its rich text joined;
 * phonetic guides (`<rPh>`) are not shown by Excel and are left out.
 */
export async function readSharedStrings(
  zip: ZipPackage,
  path: string | undefined
): Promise<string[]> {
  const entry = path ? zip.entry(path) : undefined;
  if (!entry) return [];
  const out: string[] = [];
  let current: string | null = null;
  let phonetic = 0;
  const handler = {
    wantText: false,
    open(name: string, _attrs: string, self: boolean) {
      // a self-closing <si/> is closed by the tokenizer too, which pushes its empty text
      if (name === "si") current = "";
      else if (name === "rPh" && !self) phonetic++;
      else if (name === "t" && !self) handler.wantText = current !== null && phonetic === 0;
    },
    close(name: string) {
      if (name === "t") handler.wantText = false;
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
      else if (name === "si" && current !== null) {
        out.push(unescapeOoxml(current));
        current = null;
      }
    },
    text(t: string) {
      if (current !== null) current += t;
    },
  };
  await parsePart(zip, entry, handler);
  return out;
}
