import { lazy } from "react";
import { createRoot } from "react-dom/client";
import { globalOffice, startTaskpane } from "./boot";
import { Shell } from "./Shell";

// The main view is its own chunk: the loading and outside-Office views must not wait for its code.
const App = lazy(() => import("./App.js").then((module) => ({ default: module.App })));

const container = document.getElementById("container");
if (container === null) {
  throw new Error("taskpane.html has no #container element");
}
const root = createRoot(container);

void startTaskpane(globalOffice(), (view) => root.render(<Shell view={view} main={<App />} />));
