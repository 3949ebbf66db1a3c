#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli by `npm run build:cli` (run automatically by `npm ci` through "prepare").
let main;
try {
  main = require("../build/cli/main.js").main;
} catch (e) {
  process.stderr.write(
    "action-plan-checker: the CLI is not built yet. Run `npm run build:cli` first.\n"
  );
  process.exit(2);
}
// Exit only once stdout and stderr are flushed: into a pipe (`| jq`, a parent process) Node writes them
// asynchronously, and an immediate process.exit cut a long JSON report at 64 KiB. A write's callback runs
// once everything written before it has gone out.
function exitWhenFlushed(code) {
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write("", done);
  process.stderr.write("", done);
}
main(process.argv.slice(2)).then(exitWhenFlushed, (err) => {
  process.stderr.write(`action-plan-checker: ${err && err.message ? err.message : String(err)}\n`);
  exitWhenFlushed(2);
});
