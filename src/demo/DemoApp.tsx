import * as React from "react";
import type { FakeExcel } from "../fake-excel";
import type { PaneThemeKind } from "../taskpane/theme";
import { benchRequest, openBenchPlan, syncLatencyOf } from "./benchPlan";
import { BRIDGE_KEY, type BridgeScope } from "./bridge";
import { demoThemeKind } from "./officeTheme";
import { fetchSamples, fetchSeed, seedFromFile, type DemoSample } from "./samples";
import { bridgeFor, fillsOf, openWorkbook, type DemoWorkbook } from "./session";
import { SheetView } from "./SheetView";
import type { ToolbarProps } from "./Toolbar.types";

const THEMES: ReadonlyArray<[PaneThemeKind, string]> = [
  ["light", "Light"],
  ["dark", "Dark"],
  ["contrast", "High contrast"],
];

/** What the page exposes for the end-to-end tests (tests/e2e): the workbook's fills and sync count. */
export interface DemoInspect {
  fills(): Record<string, Record<string, string>>;
  syncs(): number;
  sheetNames(): string[];
  /** A person typing into cells (fires the pane's change handlers), for the benchmark's re-check. */
  userEdit: FakeExcel["events"]["userEdit"];
}

type Scope = Window & BridgeScope & { __apcDemoInspect?: DemoInspect };

/** The sample a URL asks for with `?sample=` (file name, with or without .xlsx), else the first. */
function pickSample(samples: readonly DemoSample[], asked: string | null): DemoSample | undefined {
  if (asked) {
    const name = asked.toLowerCase().replace(/\.xlsx$/, "");
    const found = samples.find((s) => s.file.toLowerCase().replace(/\.xlsx$/, "") === name);
    if (found) return found;
  }
  return samples[0];
}

function setUrlParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  window.history.replaceState(null, "", url);
}

/**
 * Puts the workbook where the pane and the end-to-end tests reach it. Set before the iframe (re)loads:
 * the pane's fake office.js reads the bridge as its first script runs.
 */
function expose(next: DemoWorkbook, rerender: () => void): void {
  const scope = window as Scope;
  scope[BRIDGE_KEY] = bridgeFor(next, rerender, syncLatencyOf(window.location.search));
  scope.__apcDemoInspect = {
    fills: () => fillsOf(next),
    syncs: () => next.fake.stats.syncs,
    sheetNames: () => next.fake.state.sheets.map((s) => s.name),
    userEdit: (sheet, address, values) =>
      next.fake.events.userEdit(sheet, address, values).finally(rerender),
  };
}

/**
 * The page's workbook: the samples listed, the one open (a sample, a dropped file or the benchmark's
 * plan), the pane's load count, the version bumped after each batch, and what to tell the user.
 */
function useDemoWorkbook() {
  const [samples, setSamples] = React.useState<DemoSample[]>([]);
  const [workbook, setWorkbook] = React.useState<DemoWorkbook | null>(null);
  const [paneLoad, setPaneLoad] = React.useState(0);
  const [version, setVersion] = React.useState(0);
  const [message, setMessage] = React.useState<string | null>(null);

  const open = React.useCallback((next: DemoWorkbook) => {
    expose(next, () => setVersion((v) => v + 1));
    setWorkbook(next);
    setPaneLoad((n) => n + 1);
    setMessage(null);
  }, []);

  const openSample = React.useCallback(
    async (sample: DemoSample) => {
      try {
        const seed = await fetchSeed(sample);
        open(openWorkbook(seed, { fileName: sample.file, title: sample.title, asOf: sample.asOf }));
        setUrlParam("sample", sample.file);
      } catch (e) {
        setMessage(`Could not load ${sample.title}: ${(e as Error).message}`);
      }
    },
    [open]
  );

  const openFile = React.useCallback(
    async (file: File) => {
      setMessage(`Reading ${file.name}…`);
      try {
        const seed = await seedFromFile(file);
        open(openWorkbook(seed, { fileName: file.name, title: file.name }));
        setUrlParam("sample", null);
      } catch (e) {
        setMessage((e as Error).message);
      }
    },
    [open]
  );

  React.useEffect(() => {
    const bench = benchRequest(window.location.search);
    if (bench) {
      openBenchPlan(bench).then(open, (e: unknown) => setMessage((e as Error).message));
      return;
    }
    fetchSamples()
      .then((list) => {
        setSamples(list);
        const first = pickSample(list, new URLSearchParams(window.location.search).get("sample"));
        if (first) return openSample(first);
        setMessage("No sample plans were built: drop an .xlsx file on the page.");
        return undefined;
      })
      .catch((e: unknown) => setMessage(`Could not list the samples: ${(e as Error).message}`));
  }, [openSample, open]);

  return { samples, workbook, paneLoad, setPaneLoad, version, message, openSample, openFile };
}

/**
 * The demo page: a sample picker, a read-only view of the workbook the fake Excel holds, and the real task
 * pane in a 350 px iframe beside it. The page owns the workbook; the pane reaches it through the bridge.
 */
export function DemoApp(): React.JSX.Element {
  const { samples, workbook, paneLoad, setPaneLoad, version, message, openSample, openFile } =
    useDemoWorkbook();
  const [theme, setTheme] = React.useState<PaneThemeKind>(() =>
    demoThemeKind(window.location.search)
  );
  const [dragging, setDragging] = React.useState(false);

  const changeTheme = (next: PaneThemeKind) => {
    setTheme(next);
    setUrlParam("theme", next);
    // A pane reloaded in Excel starts again; its change handlers die with it, the workbook stays.
    workbook?.fake.host.handlers.clear();
    workbook?.fake.host.workbookHandlers.clear();
    setPaneLoad((n) => n + 1);
  };

  return (
    <div
      className="page"
      data-theme={theme}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) void openFile(file);
      }}
    >
      <Toolbar
        samples={samples}
        workbook={workbook}
        theme={theme}
        onSample={(chosen) => void openSample(chosen)}
        onFile={(file) => void openFile(file)}
        onTheme={changeTheme}
      />
      {message ? (
        <p className="message" role="status">
          {message}
        </p>
      ) : null}
      <main className="layout" data-syncs={version}>
        {workbook ? (
          <SheetView state={workbook.fake.state} version={version} title={workbook.title} />
        ) : (
          <section className="workbook" aria-label="Workbook" />
        )}
        <aside className="pane" data-theme={theme}>
          {workbook ? (
            <iframe
              key={paneLoad}
              title="Action Plan Checker task pane"
              src={`taskpane.html?theme=${theme}`}
            />
          ) : null}
        </aside>
      </main>
      {dragging ? (
        <div className="drop" aria-hidden>
          Drop an .xlsx workbook to check it
        </div>
      ) : null}
    </div>
  );
}

/** The page's controls: the sample picker, a file input and the Office theme. */
function Toolbar({
  samples,
  workbook,
  theme,
  onSample,
  onFile,
  onTheme,
}: ToolbarProps): React.JSX.Element {
  const current = samples.find((s) => s.file === workbook?.fileName);
  return (
    <header className="toolbar">
      <h1>Action Plan Checker: try it without Excel</h1>
      <label>
        Sample plan{" "}
        <select
          value={current?.file ?? ""}
          onChange={(e) => {
            const chosen = samples.find((s) => s.file === e.target.value);
            if (chosen) onSample(chosen);
          }}
        >
          {current ? null : <option value="">{workbook?.title ?? "Loading…"}</option>}
          {samples.map((s) => (
            <option key={s.file} value={s.file}>
              {`${s.title}, as of ${s.asOf}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Open an .xlsx{" "}
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      <label>
        Office theme{" "}
        <select value={theme} onChange={(e) => onTheme(e.target.value as PaneThemeKind)}>
          {THEMES.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <span className="hint">or drop an .xlsx anywhere on the page</span>
    </header>
  );
}
