import type { RowCheck } from "./types";

/** Blank, unreadable, inverted and open-ended timescales. */
export const timescaleCheck: RowCheck = {
  codes: ["missing-due", "unparsed-date", "end-before-start", "open-ended"],
  run: ({ table, row, timescale }) => {
    if (table.columns.due === undefined) return [];
    const text = row.cells.due?.text ?? "";
    if (text.trim() === "") return [{ code: "missing-due", field: "due" }];
    if (timescale.due === null && !timescale.ongoing && timescale.start === null) {
      return [{ code: "unparsed-date", field: "due", params: { text } }];
    }
    const found = [];
    if (timescale.start !== null && timescale.due !== null && timescale.due < timescale.start) {
      found.push({
        code: "end-before-start" as const,
        field: "due" as const,
        params: { start: timescale.start, due: timescale.due },
      });
    }
    if (timescale.ongoing && timescale.due === null) {
      found.push({ code: "open-ended" as const, field: "due" as const });
    }
    return found;
  },
};
