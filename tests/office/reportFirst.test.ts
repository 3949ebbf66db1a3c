/**
 * A check hands over its report before it writes any highlight, and writes them only once the caller is
 * ready (the pane: once the report is painted): the round trips and redraw of the highlights never keep a
 * person from reading the report.
 */
import { createOfficeWorkbook } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import { DEFAULT_CONFIG } from "../../src/core/schema/config";
import type { FakeExcel } from "../../src/fake-excel";
import { FIXTURES, fakeFromFixture, runOf } from "./support";

const filled = (fake: FakeExcel) =>
  fake.state.sheets.reduce((n, s) => n + [...s.cells.values()].filter((c) => c.fill).length, 0);

it("writes the highlights only after the promise onReport returns has settled", async () => {
  const fake = await fakeFromFixture(FIXTURES[0]!);
  const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
  const before = filled(fake);
  let release: () => void = () => undefined;
  let reported = 0;
  const checking = checkWorkbookPort(port, DEFAULT_CONFIG, "2003-10-31", "a.xlsx", {
    onReport: () => {
      reported++;
      return new Promise<void>((r) => (release = r));
    },
  });
  // every round trip the fake can answer goes through meanwhile
  for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
  expect(reported).toBe(1);
  expect(filled(fake)).toBe(before);
  release();
  const outcome = await checking;
  expect(outcome.highlightError).toBeUndefined();
  expect(filled(fake)).toBeGreaterThan(before);
});
