import { fflateInflater, type RawInflater } from "./readZip";

/** The same bytes over a plain ArrayBuffer (a Blob takes no SharedArrayBuffer view): a copy only if shared. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : bytes.slice();
}

/**
 * The browser's own inflater (DecompressionStream "deflate-raw", native code) as the package reader's
 * inflater, one output piece at a time. A piece `onChunk` refuses (an overrun, a size refusal) stops the
 * stream and rejects with that error, as the other inflaters do.
 */
export const streamInflater: RawInflater = async (raw, onChunk) => {
  const source = new Blob([ownBuffer(raw)])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onChunk(value);
    }
  } catch (e) {
    reader.cancel().catch(() => undefined);
    throw e;
  }
};

function hasRawDeflate(): boolean {
  if (typeof DecompressionStream !== "function" || typeof Blob !== "function") return false;
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    // Safari before 16.4 and Chromium before 103 know only "deflate" and "gzip"
    return false;
  }
}

/**
 * The inflater for a reader running in a browser (the task pane): the native stream where the browser has
 * raw deflate, else fflate (pure JavaScript). Never Node's zlib, which the pane bundle cannot hold.
 */
export function browserInflater(): RawInflater {
  return hasRawDeflate() ? streamInflater : fflateInflater;
}
