import { createInflateRaw } from "node:zlib";
import type { RawInflater } from "./readZip";

// Output pieces of 256 KB: a sheet's XML is never held whole, and few enough events to cost nothing.
const CHUNK = 256 * 1024;
// Pieces inflated ahead of the parser at most: zlib works on the thread pool while the main thread
// parses, and stops when this many wait, so memory stays a few pieces whatever the part's size.
const AHEAD = 4;

/**
 * Node's zlib as the package reader's inflater: native, and it inflates the next pieces on libuv's thread
 * pool while the main thread parses this one (one piece per turn of the event loop, so zlib's completions
 * are taken between pieces). Measured several times faster than fflate (BENCHMARKS.md, issue 14).
 */
export const nodeInflater: RawInflater = (raw, onChunk) =>
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
