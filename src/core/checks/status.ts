import type { Finding, RowCheck } from "./types";

const NONE: readonly Finding[] = Object.freeze([]);

/** A status word the checker does not know (the row is then rated from its dates). */
export const statusCheck: RowCheck = {
  codes: ["unknown-status"],
  run: ({ rating, status }) =>
    rating.unknownStatus && status
      ? [{ code: "unknown-status", field: "status", params: { status } }]
      : NONE,
};
