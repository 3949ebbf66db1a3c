import { buildSheet } from "../detect/testGrid";
import type { WorkbookGrid } from "../grid/types";

/**
 * The plan of issue 15 as a grid, for tests: three actions due 31/03/2012, 30/06/2012 and 31/08/2012,
 * 671, 580 and 518 days before the report date 31/01/2014 (ALL_OVERDUE_AS_OF), their status "Delayed" or
 * "Red", and the progress column empty. `updates` fills the progress cells.
 */
export const ALL_OVERDUE_AS_OF = "2014-01-31";

export function allOverduePlan(updates: readonly (string | null)[] = []): WorkbookGrid {
  const u = (i: number) => updates[i] ?? null;
  return {
    sheets: [
      buildSheet({
        name: "Plan",
        blocks: [
          { at: "A1", rows: [["Recovery plan"]] },
          {
            at: "A3",
            rows: [
              ["Ref", "Action", "Lead", "Timescale", "Status", "Progress update"],
              [
                "1.1",
                "Review the SEN transport policy",
                "Head of SEN",
                "March 2012",
                "Delayed",
                u(0),
              ],
              ["1.2", "Publish the local offer", "Group Manager SEN", "June 2012", "Red", u(1)],
              [
                "1.3",
                "Train every SENCo on the new plan",
                "Principal Educational Psychologist",
                "August 2012",
                "Delayed",
                u(2),
              ],
            ],
          },
        ],
      }),
    ],
  };
}
