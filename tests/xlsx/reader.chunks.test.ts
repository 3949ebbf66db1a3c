// The package reader reads a part in pieces as they inflate: a tag, a cell or an entity cut between two
// pieces must read as if whole. Each workbook is read with its parts inflated whole and again handed over
// in pieces of a few bytes, so every joint falls inside a tag, a value and a cell somewhere.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { readXlsxGrid } from "../../src/adapters/xlsx/readPackage";
import type { RawInflater } from "../../src/adapters/xlsx/readZip";

const FIXTURES = join(__dirname, "..", "fixtures");
const FOREIGN = join(FIXTURES, "foreign");
// plans, and foreign files with prefixed elements, inline and rich strings, formulas and t="d" dates
const FILES = [
  ...readdirSync(FIXTURES)
    .filter((n) => n.endsWith(".xlsx"))
    .map((n) => join(FIXTURES, n)),
  ...readdirSync(FOREIGN)
    .filter((n) => /^(ClosedXML|excelize|calamine|SheetJS|readxl).*\.xlsx$/i.test(n))
    .sort()
    .filter((_n, i) => i % 9 === 0)
    .map((n) => join(FOREIGN, n)),
];

/** Inflates a part whole, then hands it over `size` bytes at a time. */
const inPieces =
  (size: number): RawInflater =>
  async (raw, onChunk) => {
    const all = inflateRawSync(raw);
    for (let i = 0; i < all.length; i += size) onChunk(all.subarray(i, i + size));
  };

const read = async (bytes: Buffer, inflater: RawInflater): Promise<string> => {
  try {
    return JSON.stringify(await readXlsxGrid(bytes, { inflater }));
  } catch (e) {
    return `refused: ${(e as Error).message}`;
  }
};

describe("the reader gives the same grid whatever the pieces a part arrives in", () => {
  it("covers plans and foreign workbooks", () => {
    expect(FILES.length).toBeGreaterThan(15);
  });

  it.each(FILES.map((f) => [f.slice(f.lastIndexOf("/") + 1), f]))("%s", async (_name, file) => {
    const bytes = readFileSync(file);
    const whole = await read(bytes, inPieces(Number.MAX_SAFE_INTEGER));
    expect(whole.startsWith("refused: This file is not")).toBe(false);
    for (const size of [3, 17, 4096]) expect(await read(bytes, inPieces(size))).toBe(whole);
  });
});
