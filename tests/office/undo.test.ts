/**
 * Issue 16 point 5: from ExcelApi 1.20 highlight, summary and tidy are each one step on Excel's undo
 * list (Excel.run's mergeUndoGroup), so one Ctrl+Z takes the whole step back; below 1.20 an add-in's
 * change empties the list and the add-in's own Clear / Remove stay the way back.
 */
import JSZip from "jszip";
import { createOfficeWorkbook, type OfficeFileSource } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import { writeSummarySheet } from "../../src/app/summary";
import { applyTidyPlan, proposeTidy } from "../../src/app/tidy";
import { parseConfig } from "../../src/core/schema";
import { type FakeExcel, type HostProfile } from "../../src/fake-excel";
import { fakeFromFixture, runOf } from "./support";

function portFor(fake: FakeExcel) {
  return createOfficeWorkbook(runOf(fake), {
    isSetSupported: fake.isSetSupported,
    runWithOptions: (options, batch) =>
      fake.run(options, batch as never) as ReturnType<typeof batch>,
    fileSource: fake.document as unknown as OfficeFileSource,
    loadZip: async () => ({ default: JSZip }),
    ownWriteGraceMs: 0,
  });
}

const AS_OF = "2014-01-31";
const config = (() => {
  const c = parseConfig({ asOf: AS_OF });
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

describe.each<HostProfile>([
  { api: "1.9", platform: "web" },
  { api: "1.18", platform: "mac" },
  { api: "1.20", platform: "web" },
  { api: "1.20", platform: "windows" },
])("undo on ExcelApi $api ($platform)", (profile) => {
  const grouped = profile.api === "1.20";

  it(
    grouped
      ? "highlight, summary and tidy are one Ctrl+Z each, in that order"
      : "highlight, summary and tidy empty the undo list",
    async () => {
      const fake = await fakeFromFixture("002-southend-sen-strategy", { profile });
      const port = portFor(fake);
      const fills = () =>
        fake.state.sheets.map((s) => [...s.cells.values()].map((c) => c.fill ?? null));
      const first = fake.state.sheets[0]!.name;
      await fake.events.userEdit(first, "ZZ1", [["the user's own edit"]]);
      const unhighlighted = fills();
      const steps: number[] = [];
      const { report, highlightError } = await checkWorkbookPort(port, config, AS_OF, "plan.xlsx");
      expect(highlightError).toBeUndefined();
      expect(fills()).not.toEqual(unhighlighted);
      steps.push(fake.host.undo.entries.length);
      await writeSummarySheet(port, report, config, AS_OF, "2014-01-31T09:00:00Z");
      steps.push(fake.host.undo.entries.length);
      const grid = await port.readGrid();
      const outcome = await applyTidyPlan(port, report, proposeTidy(report, grid));
      expect(outcome.added.lists + outcome.added.rules + outcome.added.prompts).toBeGreaterThan(0);
      steps.push(fake.host.undo.entries.length);
      if (!grouped) {
        expect(steps).toEqual([0, 0, 0]);
        return;
      }
      // the user's edit, then exactly one step per add-in action
      expect(steps).toEqual([2, 3, 4]);
      const sheetsWithSummary = fake.state.sheets.length;
      expect(fake.events.undo()).toBe("add-in"); // tidy
      expect(fake.state.sheets.every((s) => (s.conditionalFormats ?? []).length === 0)).toBe(true);
      expect(fake.events.undo()).toBe("add-in"); // summary
      expect(fake.state.sheets.length).toBe(sheetsWithSummary - 1);
      expect(fake.events.undo()).toBe("add-in"); // highlight
      expect(fills()).toEqual(unhighlighted);
      expect(fake.events.undo()).toBe("user");
    }
  );
});
