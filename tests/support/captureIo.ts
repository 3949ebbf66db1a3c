import type { Io } from "../../src/cli/main";

/** An Io that keeps what the CLI prints, for assertions. */
export function captureIo(): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (t) => (out += t),
    err: (t) => (err += t),
    errIsTty: false,
    stdout: () => out,
    stderr: () => err,
  };
}
