import type { Finding, RowCheck } from "./types";

const NONE: readonly Finding[] = Object.freeze([]);

/** Due before the report date and not marked complete (the rating counts the days). */
export const overdueCheck: RowCheck = {
  codes: ["overdue"],
  run: ({ rating, timescale }) =>
    rating.overdueDays !== null && timescale.due
      ? [
          {
            code: "overdue",
            field: "due",
            params: { due: timescale.due, days: rating.overdueDays },
          },
        ]
      : NONE,
};
