import {
  BootView,
  MIN_EXCEL_API,
  OfficeLike,
  globalOffice,
  startTaskpane,
  viewForReadyInfo,
} from "./boot";

type ReadyInfo = { host: unknown; platform: unknown };

/** A stand-in for the Office namespace: office.js's HostType values are these strings. */
function fakeOffice(
  onReady: () => Promise<ReadyInfo>,
  supportedExcelApi = "1.17"
): OfficeLike & { requirementChecks: string[] } {
  const requirementChecks: string[] = [];
  return {
    onReady,
    HostType: { Excel: "Excel" },
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          requirementChecks.push(`${name} ${minVersion ?? ""}`);
          return name === "ExcelApi" && minor(minVersion ?? "1.1") <= minor(supportedExcelApi);
        },
      },
    },
    requirementChecks,
  };
}

/** "1.17" -> 17: requirement set versions compare by minor number, not as decimals. */
const minor = (version: string): number => Number(version.split(".")[1]);
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);
const ready =
  (host: unknown, platform: unknown = "PC") =>
  () =>
    Promise.resolve({ host, platform });

async function run(office: OfficeLike | undefined, sleep: () => Promise<void>) {
  const shown: BootView[] = [];
  const last = await startTaskpane(office, (view) => shown.push(view), { timeoutMs: 5000, sleep });
  return { shown, last };
}

describe("viewForReadyInfo", () => {
  it.each<[string, ReadyInfo, string, BootView]>([
    [
      "a plain browser",
      { host: null, platform: null },
      "1.17",
      { kind: "outside-office", reason: "no-host" },
    ],
    [
      "Word",
      { host: "Word", platform: "PC" },
      "1.17",
      { kind: "outside-office", reason: "not-excel" },
    ],
    [
      "Excel 2019 (ExcelApi 1.8)",
      { host: "Excel", platform: "PC" },
      "1.8",
      { kind: "outside-office", reason: "excel-too-old" },
    ],
    [
      "Excel with ExcelApi 1.9",
      { host: "Excel", platform: "PC" },
      "1.9",
      { kind: "pane", platform: "PC" },
    ],
    [
      "Excel on the web",
      { host: "Excel", platform: "OfficeOnline" },
      "1.17",
      { kind: "pane", platform: "OfficeOnline" },
    ],
  ])("%s", (_name, info, supported, expected) => {
    expect(viewForReadyInfo(fakeOffice(never, supported), info)).toEqual(expected);
  });

  it("asks for the manifest's minimum ExcelApi version", () => {
    const office = fakeOffice(never);
    viewForReadyInfo(office, { host: "Excel", platform: "PC" });
    expect(office.requirementChecks).toEqual([`ExcelApi ${MIN_EXCEL_API}`]);
    expect(MIN_EXCEL_API).toBe("1.9");
  });
});

describe("startTaskpane", () => {
  it("says office.js is missing without waiting when window.Office is undefined", async () => {
    const sleep = jest.fn(() => never<void>());
    const { shown, last } = await run(undefined, sleep);
    expect(shown).toEqual([{ kind: "outside-office", reason: "no-office-js" }]);
    expect(last).toEqual(shown[0]);
    expect(sleep).not.toHaveBeenCalled();
  });

  it("shows loading, then the pane, when Excel is ready before the timeout", async () => {
    const { shown } = await run(fakeOffice(ready("Excel")), never);
    expect(shown).toEqual([{ kind: "loading" }, { kind: "pane", platform: "PC" }]);
  });

  it("explains that the page is not in Office when onReady reports no host", async () => {
    const { shown } = await run(fakeOffice(ready(null, null)), never);
    expect(shown.at(-1)).toEqual({ kind: "outside-office", reason: "no-host" });
  });

  it("reports a rejected onReady instead of hanging", async () => {
    const { shown } = await run(
      fakeOffice(() => Promise.reject(new Error("boom"))),
      never
    );
    expect(shown.at(-1)).toEqual({
      kind: "outside-office",
      reason: "office-failed",
      detail: "boom",
    });
  });

  it("treats an onReady that throws synchronously as a failure", async () => {
    const broken = fakeOffice(() => {
      throw new Error("Office is not defined properly");
    });
    const { last } = await run(broken, never);
    expect(last).toEqual({
      kind: "outside-office",
      reason: "office-failed",
      detail: "Office is not defined properly",
    });
  });

  it("gives up after the timeout when onReady never resolves", async () => {
    const shown: BootView[] = [];
    const sleep = jest.fn(() => Promise.resolve());
    void startTaskpane(fakeOffice(never), (view) => shown.push(view), { timeoutMs: 1234, sleep });
    await new Promise((resolve) => setImmediate(resolve));
    expect(sleep).toHaveBeenCalledWith(1234);
    expect(shown).toEqual([{ kind: "loading" }, { kind: "outside-office", reason: "timeout" }]);
  });

  it("replaces the timeout message with the pane when a slow Excel becomes ready", async () => {
    let resolveReady: (info: ReadyInfo) => void = () => undefined;
    const slow = fakeOffice(() => new Promise<ReadyInfo>((resolve) => (resolveReady = resolve)));
    const shown: BootView[] = [];
    const done = startTaskpane(slow, (view) => shown.push(view), {
      sleep: () => Promise.resolve(),
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown.at(-1)).toEqual({ kind: "outside-office", reason: "timeout" });
    resolveReady({ host: "Excel", platform: "Mac" });
    await expect(done).resolves.toEqual({ kind: "pane", platform: "Mac" });
    expect(shown.at(-1)).toEqual({ kind: "pane", platform: "Mac" });
  });

  it("keeps the timeout message when a late onReady reports no host", async () => {
    let resolveReady: (info: ReadyInfo) => void = () => undefined;
    const slow = fakeOffice(() => new Promise<ReadyInfo>((resolve) => (resolveReady = resolve)));
    const shown: BootView[] = [];
    const done = startTaskpane(slow, (view) => shown.push(view), {
      sleep: () => Promise.resolve(),
    });
    await new Promise((resolve) => setImmediate(resolve));
    resolveReady({ host: null, platform: null });
    await expect(done).resolves.toEqual({ kind: "outside-office", reason: "timeout" });
    expect(shown).toHaveLength(2);
  });

  it("waits 5 seconds by default", async () => {
    jest.useFakeTimers();
    try {
      const shown: BootView[] = [];
      void startTaskpane(fakeOffice(never), (view) => shown.push(view));
      await jest.advanceTimersByTimeAsync(4999);
      expect(shown).toEqual([{ kind: "loading" }]);
      await jest.advanceTimersByTimeAsync(1);
      expect(shown.at(-1)).toEqual({ kind: "outside-office", reason: "timeout" });
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("globalOffice", () => {
  it("returns undefined when office.js did not define Office", () => {
    expect(globalOffice({})).toBeUndefined();
  });

  it("returns the Office namespace when office.js loaded", () => {
    const office = fakeOffice(never);
    expect(globalOffice({ Office: office })).toBe(office);
  });
});
