/**
 * "Since last report" on the summary sheet: built in the core model from a comparison, drawn by both
 * renderers (the Office adapter against the fake host, the .xlsx package patcher) whenever the workbook
 * holds a snapshot of an earlier report. The earlier report is fixture 002 with action 1.1 due three
 * months sooner and action 3.1 not yet written; the counts and the list must say so, each linked to its row.
 */
import { createOfficeWorkbook } from "../../src/adapters/office";
import { openXlsxWorkbook } from "../../src/adapters/xlsx/xlsxPort";
import { WorkbookPackage } from "../../src/adapters/xlsx/package/workbookPackage";
import { checkWorkbookPort } from "../../src/app/check";
import type { WorkbookPort } from "../../src/app/ports";
import { writeSummarySheet } from "../../src/app/summary";
import { comparePlans } from "../../src/core/compare";
import { parseConfig } from "../../src/core/schema";
import { snapshotFromXml, snapshotToXml, type Snapshot } from "../../src/core/snapshot";
import { buildSummary, summarySheetModel, type SheetModel } from "../../src/core/summary";
import { fakeFromFixture, fixtureBytes, runOf, sheet } from "../office/support";

const asOf = "2014-01-31";
const config = (() => {
  const c = parseConfig({ asOf });
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

/** Builds a summary (which stores a snapshot), then rewrites that snapshot as last quarter's. */
async function withEarlierReport(port: WorkbookPort) {
  const { report } = await checkWorkbookPort(port, config, asOf, "plan.xlsx");
  await writeSummarySheet(port, report, config, asOf, "2014-01-31T09:00:00Z");
  const read = snapshotFromXml((await port.readSnapshot?.()) ?? "");
  if (!read.ok) throw new Error(read.error);
  const earlier: Snapshot = {
    ...read.value,
    asOf: "2013-10-31",
    actions: read.value.actions
      .filter((a) => a.ref !== "3.1")
      .map((a) => (a.ref === "1.1" ? { ...a, due: "2013-10-31" } : a)),
  };
  await port.writeSnapshot?.(snapshotToXml(earlier));
  const action11 = report.tables.flatMap((t) => t.actions).find((a) => a.ref === "1.1")!;
  const action31 = report.tables.flatMap((t) => t.actions).find((a) => a.ref === "3.1")!;
  return { report, action11, action31 };
}

describe("the Since last report block in the model", () => {
  const model = (since?: Parameters<typeof summarySheetModel>[1]["sinceLast"]): SheetModel =>
    summarySheetModel(buildSummary([], asOf), {
      generatedAt: "2014-01-31T09:00:00Z",
      ...(since ? { sinceLast: since } : {}),
    });
  const base = {
    sheet: "Plan",
    row: 7,
    section: null,
    ref: "2",
    action: "Review the local offer with parents and carers",
    owner: "SEND lead",
    due: "2014-03-31",
    rating: "green" as const,
    status: null,
    update: null,
    slips: 0,
  };

  it("is absent when no earlier version is known", () => {
    expect(model().cells.some((c) => c.cell.value === "Since last report")).toBe(false);
  });

  it("counts and lists each change, the worse first, each linked to its row", () => {
    const moved = { ...base, row: 9, ref: "3", action: "Publish the short breaks statement" };
    const comparison = comparePlans(
      [base, moved],
      [
        { ...base, due: "2014-06-30" },
        { ...moved, rating: "red" },
      ]
    );
    const m = model({ comparison, against: "plan-q1.xlsx", onePlan: true });
    const counts = m.tables.find((t) => t.name === "RAG_SinceLast")!;
    const count = (name: string) => counts.rows.find((r) => r[0]?.value === name)?.[1]?.value;
    expect(count("Deadline slipped")).toBe(1);
    expect(count("Rating worse")).toBe(1);
    const list = m.tables.find((t) => t.name === "RAG_Changes")!;
    // the list lines up with the exceptions table: section, ref, action, owner, due, rating, what changed
    expect(list.columns.slice(0, 7)).toEqual([
      "Section",
      "Ref",
      "Action",
      "Owner",
      "Due",
      "Rating",
      "What changed",
    ]);
    const exceptions = m.tables.find((t) => t.name === "RAG_Exceptions");
    expect(list.left).toBe(exceptions?.left ?? list.left);
    expect(list.left).toBeGreaterThan(1);
    expect(list.rows.map((r) => [r[1]?.value, r[2]?.value])).toEqual([
      ["3", "Publish the short breaks statement"],
      ["2", "Review the local offer with parents and carers"],
    ]);
    expect(list.rows[0]?.[6]?.value).toBe("worse (Green → Red)");
    expect(list.rows[1]?.[6]?.value).toBe("slipped 91 days: 31/03/2014 → 30/06/2014");
    expect(list.rows[1]?.[8]?.link).toEqual({ sheet: "Plan", address: "A7" });
    const pointer = m.cells.find((c) => String(c.cell.value).startsWith("The actions that moved"));
    expect(pointer?.cell.value).toContain(
      `from cell ${"ABCDEFGHIJ"[list.left - 1]}${list.top - 2}`
    );
    expect(m.cells.some((c) => String(c.cell.value).startsWith("Compared with plan-q1.xlsx"))).toBe(
      true
    );
  });

  it("says when nothing moved, and refuses to list a comparison with another plan", () => {
    const same = comparePlans(
      [{ ...base, update: "x" }],
      [{ ...base, rating: "complete", update: "x" }]
    );
    const quiet = comparePlans([base], [base]);
    expect(
      model({ comparison: quiet, against: "q1", onePlan: true }).cells.map((c) => c.cell.value)
    ).toContain("Nothing moved since the last report.");
    const other = model({ comparison: same, against: "other.xlsx", onePlan: false });
    expect(other.tables.some((t) => t.name === "RAG_Changes")).toBe(false);
    expect(other.cells.some((c) => /^Not compared: other\.xlsx/.test(String(c.cell.value)))).toBe(
      true
    );
  });
});

describe("both renderers draw it from the snapshot kept in the workbook", () => {
  it("Office (fake host): the section, the slipped action linked to its row, the added one", async () => {
    const fake = await fakeFromFixture("002-southend-sen-strategy");
    const port = createOfficeWorkbook(runOf(fake));
    const { report, action11, action31 } = await withEarlierReport(port);
    await writeSummarySheet(port, report, config, asOf, "2014-01-31T10:00:00Z");
    const s = sheet(fake, "RAG Summary");
    const cells = [...s.cells.entries()];
    const at = (text: string | RegExp) =>
      cells.find(([, c]) =>
        typeof text === "string" ? c.value === text : text.test(String(c.value))
      );
    expect(at("Since last report")).toBeDefined();
    expect(at(/^Compared with the report of 31\/10\/2013 kept in this workbook/)).toBeDefined();
    expect(at(/^slipped 92 days: 31\/10\/2013 → 31\/01\/2014/)).toBeDefined();
    // the Link cell goes to the action's row in the plan
    const linkCell = cells.find(
      ([, c]) => c.hyperlink && String(c.value) === `Action Plan row ${action11.row}`
    );
    expect(linkCell?.[1].hyperlink).toMatchObject({
      documentReference: `'Action Plan'!A${action11.row}`,
    });
    expect(at("added since the last report")).toBeDefined();
    expect(cells.some(([, c]) => c.value === `Action Plan row ${action31.row}`)).toBe(true);
  });

  it("the .xlsx copy: the section in the sheet XML with hyperlinks to the rows", async () => {
    const port = openXlsxWorkbook(fixtureBytes("002-southend-sen-strategy"));
    const { report, action11 } = await withEarlierReport(port);
    await writeSummarySheet(port, report, config, asOf, "2014-01-31T10:00:00Z");
    const pkg = new WorkbookPackage(await port.save());
    const summary = pkg.workbook.sheets().find((x) => x.name === "RAG Summary")!;
    const xml = pkg.pkg.text(summary.part!)!;
    expect(xml).toContain(">Since last report<");
    expect(xml).toContain("slipped 92 days: 31/10/2013 → 31/01/2014");
    expect(xml).toContain(`location="'Action Plan'!A${action11.row}"`);
    const tables = pkg.pkg.names().filter((n) => /^xl\/tables\//.test(n));
    const names = tables.map((t) => /displayName="([^"]+)"/.exec(pkg.pkg.text(t)!)?.[1]);
    expect(names).toEqual(expect.arrayContaining(["RAG_SinceLast", "RAG_Changes"]));
  });
});
