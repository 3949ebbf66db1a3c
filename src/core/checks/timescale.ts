import type { Finding, RowCheck } from "./types";

/**
 * The findings without params, made once: nearly every row of a big plan has one of them, and the engine
 * only reads findings.
 */
const MISSING_DUE: readonly Finding[] = Object.freeze([
  Object.freeze({ code: "missing-due", field: "due" } as const),
]);
const OPEN_ENDED: readonly Finding[] = Object.freeze([
  Object.freeze({ code: "open-ended", field: "due" } as const),
]);
const NONE: readonly Finding[] = Object.freeze([]);

/** Blank, unreadable, inverted and open-ended timescales. */
export const timescaleCheck: RowCheck = {
  codes: ["missing-due", "unparsed-date", "end-before-start", "open-ended"],
  run: ({ table, row, timescale }) => {
    if (table.columns.due === undefined) return NONE;
    const text = row.cells.due?.text ?? "";
    if (text.trim() === "") return MISSING_DUE;
    if (timescale.due === null && !timescale.ongoing && timescale.start === null) {
      return [{ code: "unparsed-date", field: "due", params: { text } }];
    }
    if (timescale.start !== null && timescale.due !== null && timescale.due < timescale.start) {
      return [
        {
          code: "end-before-start",
          field: "due",
          params: { start: timescale.start, due: timescale.due },
        },
      ];
    }
    // never with the above: open-ended means no end date
    return timescale.ongoing && timescale.due === null ? OPEN_ENDED : NONE;
  },
};
