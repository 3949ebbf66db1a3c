/**
 * Preloaded by behaviour-hash.js into the CLI: the clock reads one fixed instant, so outputs that carry
 * the time they were made (the summary's "Generated") hash the same run to run.
 */
"use strict";
const FIXED = Date.UTC(2014, 0, 31, 9, 30);
const RealDate = Date;
class FrozenDate extends RealDate {
  constructor(...args) {
    super(...(args.length === 0 ? [FIXED] : args));
  }
  static now() {
    return FIXED;
  }
}
globalThis.Date = FrozenDate;
