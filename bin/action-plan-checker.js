#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli by `npm run build:cli` (run automatically by `npm ci` through "prepare").
let main;
try {
  main = require("../build/cli/main.js").main;
} catch (e) {
  process.stderr.write("action-plan-checker: the CLI is not built yet. Run `npm run build:cli` first.\n");
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`action-plan-checker: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
