import { main, type Io } from "../../src/cli/main";

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

/** Runs the CLI in-process with `args`: its exit code and what it printed. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}
