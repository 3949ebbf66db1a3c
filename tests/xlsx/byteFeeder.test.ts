// The reader decodes a part's bytes piece by piece: ASCII pieces of a Node Buffer as latin-1 (faster than
// the streaming TextDecoder), any other piece through the decoder, which then keeps every later piece in
// case a character is cut by a piece's end. Whatever the pieces, the text handed on must be the text.
import { byteFeeder, XmlTokenizer, type XmlHandler } from "../../src/adapters/xlsx/readXml";

/** The text of every element, as the tokenizer hands it on. */
function collectText(pieces: readonly Uint8Array[]): string {
  const texts: string[] = [];
  const handler: XmlHandler = {
    wantText: true,
    open: () => undefined,
    close: () => undefined,
    text: (t) => texts.push(t),
  };
  const feed = byteFeeder(new XmlTokenizer(handler));
  for (const p of pieces) feed.push(p);
  feed.end();
  return texts.join("");
}

/** Pieces of `size` bytes: views into `bytes` (a Buffer's are Buffers), or copies as plain arrays. */
function inPieces(bytes: Uint8Array, size: number, plain = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    const piece = bytes.subarray(i, i + size);
    out.push(plain ? new Uint8Array(piece) : piece);
  }
  return out;
}

// ASCII first (so the first pieces take the latin-1 way), then two- three- and four-byte characters
const TEXT = `${"Plan review due 31/03/2014; ".repeat(40)}£ café – “owner” 😀 ${"end of plan ".repeat(20)}`;
const XML = `<si><t>${TEXT}</t></si>`;

describe("byteFeeder", () => {
  it("hands on the same text whatever the pieces, Buffers or plain arrays", () => {
    const bytes = Buffer.from(XML, "utf8");
    for (const plain of [false, true]) {
      for (const size of [1, 2, 3, 5, 7, 64, 1000, 1025, bytes.length]) {
        expect(collectText(inPieces(bytes, size, plain))).toBe(TEXT);
      }
    }
  });

  it("reads an ASCII part cut at odd offsets of one buffer (pieces not aligned to four bytes)", () => {
    const ascii = `<t>${"R1 C1 Amber & Green; ".repeat(50)}</t>`.replace("&", "&amp;");
    const whole = Buffer.from(`xx${ascii}`);
    expect(collectText(inPieces(whole.subarray(2), 13))).toBe("R1 C1 Amber & Green; ".repeat(50));
  });

  it("keeps a byte-order mark out of the text and still decodes UTF-8 after it", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(XML, "utf8")]);
    expect(collectText(inPieces(bytes, 100))).toBe(TEXT);
  });
});
