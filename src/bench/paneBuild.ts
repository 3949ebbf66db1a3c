import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Where the bench builds its own production copy of the browser harness (never dist-demo/). */
export const BENCH_DEMO_DIR = join("build", "bench-demo");

function newest(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n = Math.max(n, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return n;
}

/**
 * Builds the harness (webpack.demo.config.js) in production mode into build/bench-demo/ when a source is
 * newer than it: the pane is timed as the add-in ships it (React's production build), not the development
 * build `npm run demo:web` serves. Returns the folder, or throws with webpack's output.
 */
export function ensureBenchDemo(root: string, log: (line: string) => void): string {
  const out = join(root, BENCH_DEMO_DIR);
  const index = join(out, "index.html");
  const inputs = ["src", "assets", "webpack.demo.config.js", "package-lock.json"].map((p) =>
    statSync(join(root, p)).isDirectory() ? newest(join(root, p)) : statSync(join(root, p)).mtimeMs
  );
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(...inputs)) return out;
  log("pane: building the browser harness (production) into build/bench-demo…");
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const args = [webpack, "--config", "webpack.demo.config.js", "--mode", "production"];
  const r = spawnSync(process.execPath, [...args, "--output-path", out], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`building the harness failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}
