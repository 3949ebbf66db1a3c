import { lazy } from "react";
import { createRoot } from "react-dom/client";
import { globalOffice, startTaskpane, type BootView } from "./boot";
import { OutsideOffice } from "./OutsideOffice/OutsideOffice";
import type { ExcelHostLike, OfficeHostLike } from "./services";
import { Shell } from "./Shell";
import { fluentTheme, readThemeInputs, themeKindFor, type ThemeScope } from "./theme";

// Office and Excel are whatever office.js (or the browser harness's fakes) put on window.
const host = globalThis as typeof globalThis & {
  Office?: OfficeHostLike & ThemeScope["Office"];
  Excel?: ExcelHostLike;
};

// The main view, the engine and the Office adapter are their own chunk: the loading and outside-Office
// views must not wait for their code. The services are built once, when Excel is ready.
const Main = lazy(async () => {
  const [{ App }, { createServices }] = await Promise.all([
    import("./App.js"),
    import("./services.js"),
  ]);
  const { Office, Excel } = host;
  if (!Office || !Excel) {
    const missing = () => (
      <OutsideOffice reason="office-failed" detail="Excel's JavaScript API is not available." />
    );
    return { default: missing };
  }
  const services = createServices(Office, Excel);
  return { default: () => <App services={services} /> };
});

const container = document.getElementById("container");
if (container === null) {
  throw new Error("taskpane.html has no #container element");
}
const root = createRoot(container);

function show(view: BootView): void {
  const inputs = readThemeInputs(
    { Office: host.Office, matchMedia: host.matchMedia?.bind(host), location: host.location },
    view.kind === "pane"
  );
  root.render(<Shell view={view} main={<Main />} theme={fluentTheme(themeKindFor(inputs))} />);
}

void startTaskpane(globalOffice(), show);
