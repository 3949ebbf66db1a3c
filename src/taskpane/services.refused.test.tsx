/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ExcelRun } from "../adapters/office";
import {
  createFakeExcel,
  type FakeCellSeed,
  type FakeExcel,
  type HostProfile,
} from "../fake-excel";
import { App } from "./App";
import { createServices, type OfficeHostLike } from "./services";

const rows: ReadonlyArray<readonly [string, string, string, string]> = [
  ["Ref", "Action", "Lead officer", "Timescale"],
  ["1", "Recruit more foster carers", "Head of Service", "asap"],
  ["2", "Publish the placement strategy", "", "March 2030"],
];

function fakeHost(protectedPlan: boolean, profile?: HostProfile) {
  const cells: FakeCellSeed[] = rows.flatMap((row, r) =>
    row.map((value, c) => ({ row: r + 1, col: c + 1, value: value === "" ? null : value }))
  );
  const excel = createFakeExcel(
    { sheets: [{ name: "Care Plan", cells, protected: protectedPlan }] },
    profile ? { profile } : {}
  );
  const office: OfficeHostLike = {
    context: {
      document: { url: "https://contoso.sharepoint.com/plan.xlsx" },
      requirements: { isSetSupported: (name, version) => excel.isSetSupported(name, version) },
    },
  };
  return { excel, office };
}

const runOf = (excel: FakeExcel): { run: ExcelRun } => ({ run: excel.run as unknown as ExcelRun });

async function checkIn(excel: FakeExcel, office: OfficeHostLike): Promise<void> {
  render(<App services={createServices(office, runOf(excel))} />);
  await act(async () => undefined);
  await userEvent.click(await screen.findByRole("button", { name: "Check this workbook" }));
}

describe("a highlight Excel refuses leaves the report in the pane", () => {
  it("on a protected sheet: the report, and one message naming the sheet and the ways on", async () => {
    const { excel, office } = fakeHost(true);
    await checkIn(excel, office);
    expect(
      await screen.findByRole("heading", { level: 2, name: /^(Not ready|Ready to submit)/ })
    ).toBeInTheDocument();
    // the report is painted before the highlights are tried: their refusal is said just after
    const message = await screen.findByText(/"Care Plan" is protected/);
    expect(message).toHaveTextContent(/Unprotect/);
    expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
    // nothing of the add-in's was written to the protected sheet
    expect([...(excel.state.sheets[0]?.cells.values() ?? [])].some((c) => c.fill)).toBe(false);

    await userEvent.click(screen.getByRole("button", { name: "Check without highlighting" }));
    await act(async () => undefined);
    expect(screen.queryByText(/"Care Plan" is protected/)).not.toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 2, name: /^(Not ready|Ready to submit)/ })
    ).toBeInTheDocument();
  });

  it.each([
    ["a read-only file", { kind: "read-only" } as const, /read-only/],
    ["a co-author's lock", { kind: "co-author", sheet: "Care Plan" } as const, /someone else/],
  ])("on %s: the report, and the message names the sheet", async (_label, lock, why) => {
    const { excel, office } = fakeHost(false, { api: "1.18", platform: "web" });
    excel.host.lock = lock;
    await checkIn(excel, office);
    expect(
      await screen.findByRole("heading", { level: 2, name: /^(Not ready|Ready to submit)/ })
    ).toBeInTheDocument();
    const message = await screen.findByText(
      /Excel refused to change the highlights on "Care Plan"/
    );
    expect(message).toHaveTextContent(why);
    expect(message).toHaveTextContent(/check without highlighting/);
  });

  it("says once what an older Excel lacks (ExcelApi 1.12: merged cells, notes)", async () => {
    const { excel, office } = fakeHost(false, { api: "1.12", platform: "windows" });
    await checkIn(excel, office);
    expect(
      await screen.findByRole("heading", { level: 2, name: /^(Not ready|Ready to submit)/ })
    ).toBeInTheDocument();
    expect(screen.getAllByText(/cannot add notes/)).toHaveLength(1);
    expect(screen.getAllByText(/cannot tell the add-in which cells are merged/)).toHaveLength(1);
  });
});
