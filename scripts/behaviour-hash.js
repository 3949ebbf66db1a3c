#!/usr/bin/env node
/**
 * One line per output the engine and the file layer produce, each with a SHA-256: the fixture plans'
 * JSON reports, their checked copies (every package part), and the engine's report on generated plans.
 * A refactor that claims "behaviour unchanged" shows the same lines before and after
 * (`npm run hash:behaviour`). The CLI runs under a frozen clock, so the copies' "Generated" time holds still.
 */
"use strict";
const { createHash } = require("node:crypto");
const { execFileSync } = require("node:child_process");
const { mkdtempSync, readdirSync, readFileSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const JSZip = require("jszip");

const root = join(__dirname, "..");
const sha = (data) => createHash("sha256").update(data).digest("hex").slice(0, 16);
const cli = (args) =>
  execFileSync(
    process.execPath,
    ["-r", join(__dirname, "frozen-clock.js"), join(root, "bin/action-plan-checker.js"), ...args],
    {
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "ignore"],
    }
  ).toString();
const tryCli = (args) => {
  try {
    return cli(args);
  } catch (e) {
    return `exit ${e.status}\n${e.stdout}`;
  }
};

async function main() {
  const dir = join(root, "tests/fixtures");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(dir, f));
  const asOf = ["--as-of", "2014-01-31"];
  console.log(
    `fixtures json        ${sha(tryCli(["check", ...files, "--format", "json", ...asOf]))}`
  );
  const out = mkdtempSync(join(tmpdir(), "apc-hash-"));
  try {
    tryCli(["check", ...files, "--out", out, ...asOf]);
    for (const f of readdirSync(out).sort()) {
      const zip = await JSZip.loadAsync(readFileSync(join(out, f)));
      const parts = [];
      for (const name of Object.keys(zip.files).sort()) {
        if (zip.files[name].dir) continue;
        parts.push(`${name} ${sha(await zip.files[name].async("nodebuffer"))}`);
      }
      console.log(`copy ${f.padEnd(40)} ${sha(parts.join("\n"))}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const { generatePlan } = require(join(root, "build/bench/generate.js"));
  const { checkWorkbook } = require(join(root, "build/core/engine/index.js"));
  const { DEFAULT_CONFIG } = require(join(root, "build/core/schema/index.js"));
  for (const n of [1000, 20000]) {
    const plan = generatePlan(n);
    const report = checkWorkbook(plan.grid, DEFAULT_CONFIG, plan.asOf, "generated.xlsx");
    console.log(`generated ${String(n).padEnd(10)} ${sha(JSON.stringify(report))}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
