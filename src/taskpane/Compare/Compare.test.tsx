/** @jest-environment jsdom */
/**
 * The compare section in the real pane over a fake Excel (the Office adapter, the snapshot kept in the
 * workbook's custom XML parts, the summary build): the default comparison with the last report, a picked
 * previous version (its reader replaced by one handing back a grid: the .xlsx reading itself is tested in
 * tests/compare/paneCompare.test.ts and in the browser), and every way it can fail without blocking.
 */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { deserialize, serialize } from "node:v8";
import type { ExcelRun } from "../../adapters/office";
import type { WorkbookGrid } from "../../core/grid/types";
import { createFakeExcel, type FakeCellSeed, type FakeExcel } from "../../fake-excel";
import { App } from "../App";
import { createServices, type OfficeHostLike } from "../services";
import type { PaneServices } from "../services.types";
import { gridOf } from "../testing/grid";

// the fake host's user edit keeps an undo copy with structuredClone, which jsdom's window does not carry
globalThis.structuredClone ??= ((value: unknown) =>
  deserialize(serialize(value))) as typeof globalThis.structuredClone;

// each test renders the whole pane over a fake Excel: on a loaded machine one takes over the default minute
jest.setTimeout(180_000);

type Row = ReadonlyArray<string | null>;
const HEADER: Row = ["Ref", "Action", "Lead officer", "Timescale", "Status"];
const NOW: Row[] = [
  HEADER,
  ["1", "Review the school transport policy", "Head of SEN", "March 2030", "On track"],
  ["2", "Recruit more foster carers", "Head of Service", "June 2030", "On track"],
  ["3", "Publish the placement strategy", "Head of Service", "September 2030", "On track"],
];
/** The last quarter's version: action 1 due earlier, action 2 led by someone else, a fourth since dropped. */
const BEFORE: Row[] = [
  HEADER,
  ["1", "Review the school transport policy", "Head of SEN", "January 2030", "On track"],
  ["2", "Recruit more foster carers", "Fostering manager", "June 2030", "On track"],
  ["3", "Publish the placement strategy", "Head of Service", "September 2030", "On track"],
  ["4", "Close the old respite unit", "Head of Service", "December 2029", "On track"],
];

function fakeExcel(rows: readonly Row[]): FakeExcel {
  const cells: FakeCellSeed[] = rows.flatMap((row, r) =>
    row.map((value, c) => ({ row: r + 1, col: c + 1, value }))
  );
  return createFakeExcel({ sheets: [{ name: "Plan", cells }] });
}

function servicesFor(excel: FakeExcel, read: PaneServices["readPlanFile"]): PaneServices {
  const office: OfficeHostLike = {
    context: {
      document: { url: "Plan.xlsx" },
      requirements: { isSetSupported: (name, version) => excel.isSetSupported(name, version) },
    },
  };
  const services = createServices(office, { run: excel.run as unknown as ExcelRun });
  return { ...services, ...(read ? { readPlanFile: read } : {}) };
}

async function openAndCheck(services: PaneServices): Promise<void> {
  render(<App services={services} />);
  await act(async () => undefined);
  await userEvent.click(await screen.findByRole("button", { name: "Check this workbook" }));
  await screen.findByRole("heading", { level: 2, name: /Ready to submit|Not ready/ });
}

const section = () => screen.getByRole("region", { name: /^(Since|Compared with) / });
const pick = (file: File) =>
  userEvent.upload(screen.getByLabelText("Previous version of this plan (.xlsx)"), file);

describe("the last report kept in the workbook", () => {
  it("says there is none yet, then after a summary build shows the deadline pushed back since", async () => {
    const excel = fakeExcel(NOW);
    await openAndCheck(servicesFor(excel, undefined));
    expect(await screen.findByText(/No earlier report is kept in this workbook yet/)).toBeVisible();

    await userEvent.click(screen.getByRole("button", { name: "Build summary sheet" }));
    await screen.findByText('Summary written to the "RAG Summary" sheet.');
    expect(excel.state.customXmlParts).toHaveLength(1);
    await act(() => excel.events.userEdit("Plan", "D2", [["July 2030"]]));
    const headline = await within(section()).findByText(
      /^Since last report \(\d\d\/\d\d\/\d{4}\): 1 slipped\.$/
    );
    expect(headline).toBeVisible();
    expect(within(section()).getByRole("list", { name: "Changes by kind" })).toHaveTextContent(
      /1 slipped.*0 worse.*0 better.*0 owners changed.*0 updates unchanged.*0 added.*0 removed/
    );

    await userEvent.click(within(section()).getByRole("button", { name: "Show the changes (1)" }));
    const slipped = within(section()).getByRole("list", { name: "Slipped (1)" });
    const entry = within(slipped).getByRole("button");
    expect(entry).toHaveTextContent("1 Review the school transport policy");
    expect(entry).toHaveTextContent("slipped 122 days: 31/03/2030 → 31/07/2030");
    await userEvent.click(entry);
    await act(async () => undefined);
    expect(excel.state.selection?.rect).toMatchObject({ top: 2, left: 2 });
  });

  it("says, without blocking anything, that a damaged snapshot cannot be read", async () => {
    const excel = fakeExcel(NOW);
    const services = servicesFor(excel, undefined);
    await services.port.writeSnapshot?.(
      '<snapshot xmlns="urn:action-plan-checker:snapshot:1"><![CDATA[not json]]></snapshot>'
    );
    await openAndCheck(services);
    const title = await screen.findByText(
      "The last report kept in this workbook could not be read"
    );
    expect(title.parentElement).toHaveTextContent(/the snapshot is not valid JSON/);
    // the pane works on: the issues are listed, a file can still be picked
    expect(screen.getByRole("button", { name: "Compare with a previous version…" })).toBeEnabled();
    await userEvent.click(
      screen.getByRole("button", { name: "Dismiss the message about the last report" })
    );
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it("says so when the summary is written but its snapshot could not be kept", async () => {
    const excel = fakeExcel(NOW);
    const base = servicesFor(excel, undefined);
    const services: PaneServices = {
      ...base,
      buildSummary: async () => ({
        sheetName: "RAG Summary",
        snapshotError: new Error("Excel refused the custom XML part."),
      }),
    };
    await openAndCheck(services);
    await userEvent.click(screen.getByRole("button", { name: "Build summary sheet" }));
    expect(
      await screen.findByText("The summary is written; the last report was not kept")
    ).toBeVisible();
    expect(screen.getByText(/Excel refused the custom XML part\./)).toBeVisible();
  });
});

describe("a previous version the user picks", () => {
  const file = (name: string) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);

  it("lists what moved, grouped, each action a button to its row in the open workbook", async () => {
    const excel = fakeExcel(NOW);
    const read = jest.fn<Promise<WorkbookGrid>, [Uint8Array]>(async () => gridOf("Plan", BEFORE));
    await openAndCheck(servicesFor(excel, read));
    await pick(file("Q1 plan.xlsx"));
    expect(
      await within(section()).findByText(
        "Since Q1 plan.xlsx: 1 slipped, 1 owner changed, 1 removed."
      )
    ).toBeVisible();
    expect(read.mock.calls[0]?.[0]).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(screen.getByRole("heading", { level: 2, name: "Since Q1 plan.xlsx" })).toBeVisible();
    // opened at once for a file just picked
    const owner = within(section()).getByRole("list", { name: "Owner changed (1)" });
    expect(within(owner).getByRole("button")).toHaveTextContent(
      'owner "Fostering manager" → "Head of Service"'
    );
    const removed = within(section()).getByRole("list", { name: "Removed (1)" });
    expect(within(removed).queryByRole("button")).not.toBeInTheDocument();
    expect(removed).toHaveTextContent("4 Close the old respite unit");
    await userEvent.click(within(owner).getByRole("button"));
    await act(async () => undefined);
    expect(excel.state.selection?.rect).toMatchObject({ top: 3, left: 2 });
  });

  it("says two unrelated plans are not versions of one plan", async () => {
    const other: Row[] = [
      HEADER,
      ["A", "Resurface the market square car park", "Highways lead", "May 2030", "On track"],
      ["B", "Replace the leisure centre boilers", "Estates manager", "June 2030", "On track"],
      ["C", "Digitise the planning archive", "Records officer", "July 2030", "On track"],
    ];
    await openAndCheck(servicesFor(fakeExcel(NOW), async () => gridOf("Works", other)));
    await pick(file("works.xlsx"));
    expect(await screen.findByText("Not two versions of one plan")).toBeVisible();
    expect(
      screen.getByText(
        /works\.xlsx and this workbook do not look like versions of the same plan: only 0 of 3/
      )
    ).toBeVisible();
    expect(screen.queryByRole("list", { name: "Changes by kind" })).not.toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 2, name: "Compared with works.xlsx" })
    ).toBeVisible();
  });

  it("names the file and the reason when it cannot be read, and the pane works on", async () => {
    const refuse = async (): Promise<never> => {
      throw new Error("this is an old Excel 97-2003 (.xls) workbook.");
    };
    await openAndCheck(servicesFor(fakeExcel(NOW), refuse));
    await pick(file("old.xlsx"));
    expect(await screen.findByText("That file could not be compared")).toBeVisible();
    expect(screen.getByText(/^old\.xlsx: this is an old Excel 97-2003/)).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Check again" })).not.toHaveAttribute(
        "aria-disabled"
      )
    );
  });
});
