import { basename } from "node:path";

interface Sink {
  readonly err: (text: string) => void;
  readonly errIsTty: boolean;
}

/** A one-line progress bar on stderr for batches, only when stderr is a terminal (never in pipes or CI logs). */
export function progress(total: number, io: Sink) {
  const show = io.errIsTty && total > 1;
  let done = 0;
  return {
    tick(path: string) {
      done++;
      if (!show) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      io.err(
        `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${basename(path).slice(0, 40).padEnd(40)}`
      );
    },
    done() {
      if (show) io.err("\n");
    },
  };
}
