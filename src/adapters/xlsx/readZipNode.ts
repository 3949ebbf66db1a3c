import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { RawInflater } from "./readZip";

// Output pieces of 256 KB: a sheet's XML is never held whole, and few enough events to cost nothing.
const CHUNK = 256 * 1024;
// Pieces inflated ahead of the parser at most: zlib works on the thread pool while the main thread
// parses, and stops when this many wait, so memory stays a few pieces whatever the part's size.
const AHEAD = 4;

// A part this small (deflated) is inflated at once on the calling thread: the stream's round trips to the
// thread pool cost more than the inflating (most of a fixture-sized workbook's reading was spent waiting
// for them, and on worker threads they queued behind each other on the pool). Its output is capped, so a
// small part that inflates to something huge (a zip bomb) goes the streaming way, piece by piece.
const SYNC_INPUT = 64 * 1024;
const SYNC_OUTPUT = 4 * 1024 * 1024;

function inflateSmall(raw: Uint8Array): Buffer | null {
  try {
    return inflateRawSync(raw, { maxOutputLength: SYNC_OUTPUT });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw err;
  }
}

/**
 * Node's zlib as the package reader's inflater: native, and it inflates the next pieces on libuv's thread
 * pool while the main thread parses this one (one piece per turn of the event loop, so zlib's completions
 * are taken between pieces). Measured several times faster than fflate (BENCHMARKS.md, issue 14).
 */
export const nodeInflater: RawInflater = (raw, onChunk) => {
  if (raw.length <= SYNC_INPUT) {
    try {
      const whole = inflateSmall(raw);
      if (whole) {
        for (let i = 0; i < whole.length; i += CHUNK) onChunk(whole.subarray(i, i + CHUNK));
        return Promise.resolve();
      }
    } catch (err) {
      return Promise.reject(err);
    }
  }
  return inflateStreaming(raw, onChunk);
};

const inflateStreaming: RawInflater = (raw, onChunk) =>
  new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: CHUNK });
    const queue: Buffer[] = [];
    let ended = false;
    let failed = false;
    let scheduled = false;
    const fail = (err: unknown): void => {
      if (failed) return;
      failed = true;
      z.destroy();
      reject(err);
    };
    const step = (): void => {
      scheduled = false;
      if (failed) return;
      const chunk = queue.shift();
      if (chunk) {
        try {
          onChunk(chunk);
        } catch (err) {
          fail(err);
          return;
        }
      }
      if (queue.length < AHEAD && z.isPaused()) z.resume();
      if (queue.length > 0) schedule();
      else if (ended) resolve();
    };
    const schedule = (): void => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(step);
    };
    z.on("data", (chunk: Buffer) => {
      queue.push(chunk);
      if (queue.length >= AHEAD) z.pause();
      schedule();
    });
    z.on("end", () => {
      ended = true;
      schedule();
    });
    z.on("error", fail);
    z.end(raw);
  });
