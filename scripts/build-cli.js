#!/usr/bin/env node
// Builds the CLI (tsc -p tsconfig.cli.json) only when a source is newer than the last build.
// `npm run demo` and `npm run bench` call this: compiling takes ~15 s, the staleness check ~20 ms, so a
// current build starts the job at once. `npm ci` builds once through "prepare". `--force` always builds.
"use strict";
const { spawnSync } = require("node:child_process");
const { readdirSync, readFileSync, statSync, writeFileSync, existsSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const stamp = join(root, "build", ".build-stamp");
const config = JSON.parse(readFileSync(join(root, "tsconfig.cli.json"), "utf8"));

/** Newest modification time of the TypeScript sources under `dir` (tests excluded: they are not built). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  const inputs = ["tsconfig.json", "tsconfig.cli.json", "package.json", "package-lock.json"].map(
    (f) => statSync(join(root, f)).mtimeMs
  );
  const sources = config.include.map((dir) => newestSource(join(root, dir)));
  return Math.max(...inputs, ...sources) > built;
}

if (process.argv.includes("--force") || isStale()) {
  const tsc = require.resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
