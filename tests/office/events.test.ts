import { createOfficeWorkbook } from "../../src/adapters/office";
import { AdapterError, toAdapterError } from "../../src/adapters/office/errors";
import { createFakeExcel } from "../../src/fake-excel";
import { runOf } from "./support";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeWith(apiVersion: number) {
  return createFakeExcel(
    { sheets: [{ name: "Plan", cells: [{ row: 1, col: 1, value: "a" }] }, { name: "Other" }] },
    { apiVersion }
  );
}

describe("Office adapter: onEdited", () => {
  it.each([
    ["reports triggerSource (ExcelApi 1.14+)", 1.18],
    ["does not (older host: the write guard covers it)", 1.13],
  ])(
    "debounces the user's edits and ignores its own writes when the host %s",
    async (_label, api) => {
      const fake = fakeWith(api);
      const port = createOfficeWorkbook(runOf(fake), {
        isSetSupported: fake.isSetSupported,
        ownWriteGraceMs: 50,
      });
      const heard: string[][] = [];
      const areas: string[][] = [];
      const stop = await port.onEdited(
        (e) => {
          heard.push([...e.worksheetIds]);
          areas.push(e.changes.map((c) => `${c.worksheetId}!${c.address}`));
        },
        { debounceMs: 20 }
      );

      await port.applyHighlights({
        cells: [
          { sheet: "Plan", row: 1, col: 1, address: "A1", severity: "error", messages: ["x"] },
        ],
      });
      await wait(40);
      expect(heard).toEqual([]);

      await wait(60);
      await fake.events.userEdit("Plan", "B2", [["typed"]]);
      await fake.events.userEdit("Other", "A1", [["typed"]]);
      await fake.events.userEdit("Plan", "B3", [["typed"]]);
      await wait(60);
      expect(heard).toHaveLength(1);
      expect(new Set(heard[0])).toEqual(new Set(fake.state.sheets.map((s) => s.id)));
      // where each edit fell, for a re-check of what changed
      const id = (name: string) => fake.state.sheets.find((s) => s.name === name)?.id;
      expect(areas[0]).toEqual([`${id("Plan")}!B2`, `${id("Other")}!A1`, `${id("Plan")}!B3`]);

      await stop();
      await fake.events.userEdit("Plan", "B4", [["after"]]);
      await wait(40);
      expect(heard).toHaveLength(1);
    }
  );
});

describe("Office adapter: onEdited with a leading call back", () => {
  it("calls back at once on an edit after quiet, gathers the edits that follow, then is quick again", async () => {
    const fake = fakeWith(1.18);
    const port = createOfficeWorkbook(runOf(fake), { isSetSupported: fake.isSetSupported });
    const areas: string[][] = [];
    const stop = await port.onEdited((e) => areas.push(e.changes.map((c) => c.address)), {
      debounceMs: 40,
      leading: true,
    });

    await fake.events.userEdit("Plan", "B2", [["typed"]]);
    // no wait: the first edit is heard in the same turn
    expect(areas).toEqual([["B2"]]);
    await fake.events.userEdit("Plan", "B3", [["typed"]]);
    await fake.events.userEdit("Plan", "B4", [["typed"]]);
    expect(areas).toHaveLength(1);
    await wait(80);
    expect(areas).toEqual([["B2"], ["B3", "B4"]]);

    await wait(60);
    await fake.events.userEdit("Plan", "C2", [["typed"]]);
    expect(areas).toEqual([["B2"], ["B3", "B4"], ["C2"]]);
    await stop();
  });
});

describe("Office adapter: errors", () => {
  it.each([
    ["AccessDenied", "sheet-protected"],
    ["ItemNotFound", "not-found"],
    ["RequestPayloadSizeLimitExceeded", "payload-too-large"],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large"],
    ["ApiNotFound", "not-supported"],
    ["InvalidOperationInCellEditMode", "busy"],
    ["GeneralException", "unknown"],
    ["SomethingNew", "unknown"],
  ])("maps Office code %s to %s with a plain message and the cause", (code, expected) => {
    const cause = Object.assign(new Error("raw"), { code });
    const e = toAdapterError(cause, "Highlighting");
    expect(e).toBeInstanceOf(AdapterError);
    expect(e.code).toBe(expected);
    expect(e.message).toMatch(/^Highlighting: [A-Z]/);
    expect(e.cause).toBe(cause);
  });

  it("maps a write to a protected sheet that slipped past the check", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "H", protected: true }, { name: "Plan" }] });
    const port = createOfficeWorkbook(runOf(fake));
    await port.appendRows("H (history)", ["a"], [["x"]]);
    const own = fake.state.sheets.find((s) => s.name === "H (history)");
    if (own) own.protected = true;
    await expect(port.appendRows("H (history)", ["a"], [["y"]])).rejects.toMatchObject({
      code: "sheet-protected",
    });
  });
});
