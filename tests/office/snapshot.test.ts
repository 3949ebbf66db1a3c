/**
 * The snapshot on the Office side: the adapter keeps it in Workbook.customXmlParts (ExcelApi 1.5), the
 * summary use case stores it at each build and carries slip counts, and it survives save and reopen.
 */
import { createOfficeWorkbook } from "../../src/adapters/office";
import { checkWorkbookPort } from "../../src/app/check";
import { writeSummarySheet } from "../../src/app/summary";
import { parseConfig } from "../../src/core/schema";
import {
  SNAPSHOT_NAMESPACE,
  snapshotFromXml,
  snapshotToXml,
  type Snapshot,
} from "../../src/core/snapshot";
import { createFakeExcelFromState } from "../../src/fake-excel";
import { fakeFromFixture, runOf } from "./support";

const asOf = "2014-01-31";
const config = (() => {
  const c = parseConfig({ asOf });
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

function parsed(xml: string | null): Snapshot {
  const r = snapshotFromXml(xml ?? "");
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("the snapshot in Excel (fake host)", () => {
  it("is null before the first summary, then stored by it and read back after reopening", async () => {
    const fake = await fakeFromFixture("002-southend-sen-strategy");
    const port = createOfficeWorkbook(runOf(fake));
    expect(await port.readSnapshot?.()).toBeNull();
    const { report } = await checkWorkbookPort(port, config, asOf, "plan.xlsx");
    const written = await writeSummarySheet(port, report, config, asOf, "2014-01-31T09:00:00Z");
    expect(written.snapshotError).toBeUndefined();
    expect(fake.state.customXmlParts).toHaveLength(1);
    const snap = parsed((await port.readSnapshot?.()) ?? null);
    expect(snap.asOf).toBe(asOf);
    expect(snap.actions).toHaveLength(report.tables.flatMap((t) => t.actions).length);

    const reopened = createOfficeWorkbook(runOf(createFakeExcelFromState(fake.snapshot())));
    expect(parsed((await reopened.readSnapshot?.()) ?? null)).toEqual(snap);
  });

  it("replaces its own part at the next build and counts a deadline that moved later", async () => {
    const fake = await fakeFromFixture("002-southend-sen-strategy");
    const port = createOfficeWorkbook(runOf(fake));
    const { report } = await checkWorkbookPort(port, config, asOf, "plan.xlsx");
    await writeSummarySheet(port, report, config, asOf, "2014-01-31T09:00:00Z");
    // the last report had action 1.1 due three months earlier: today's date is a slip
    const first = parsed((await port.readSnapshot?.()) ?? null);
    const earlier = {
      ...first,
      actions: first.actions.map((a) => (a.ref === "1.1" ? { ...a, due: "2013-10-31" } : a)),
    };
    await port.writeSnapshot?.(snapshotToXml(earlier));
    await writeSummarySheet(port, report, config, asOf, "2014-01-31T10:00:00Z");
    expect(fake.state.customXmlParts).toHaveLength(1);
    const next = parsed((await port.readSnapshot?.()) ?? null);
    expect(next.actions.find((a) => a.ref === "1.1")).toMatchObject({ due: asOf, slips: 1 });
    expect(next.actions.filter((a) => a.slips > 0)).toHaveLength(1);
  });

  it("leaves other add-ins' custom XML parts alone", async () => {
    const fake = await fakeFromFixture("002-southend-sen-strategy");
    const other = '<data xmlns="urn:someone-else">keep</data>';
    fake.state.customXmlParts = [{ id: "{OTHER}", xml: other }];
    const port = createOfficeWorkbook(runOf(fake));
    expect(await port.readSnapshot?.()).toBeNull();
    await port.writeSnapshot?.(snapshotToXml({ version: 1, asOf, actions: [] }));
    await port.writeSnapshot?.(snapshotToXml({ version: 1, asOf: "2014-04-30", actions: [] }));
    expect(fake.state.customXmlParts?.map((p) => p.xml.includes(SNAPSHOT_NAMESPACE))).toEqual([
      false,
      true,
    ]);
    expect(fake.state.customXmlParts?.[0]?.xml).toBe(other);
    expect(parsed((await port.readSnapshot?.()) ?? null).asOf).toBe("2014-04-30");
  });
});
