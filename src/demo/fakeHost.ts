// Stands in for office.js in the demo build of taskpane.html: a blocking <script> in the same place as the
// CDN tag, so `Office` and `Excel` exist before the pane's own (deferred) scripts run. The workbook itself
// is the demo page's (window.parent); this only gives it the shape of the Office.js namespaces the pane uses.
import { BRIDGE_KEY, type BridgeScope, type DemoBridge } from "./bridge";
import { fakeExcelNamespace, fakeOffice } from "./officeNamespace";

/** The page's bridge, when this pane is in the demo page's iframe (same origin); else undefined. */
function findBridge(): DemoBridge | undefined {
  try {
    if (window.parent === window) return undefined;
    return (window.parent as unknown as BridgeScope)[BRIDGE_KEY];
  } catch {
    return undefined;
  }
}

const bridge = findBridge();
if (bridge) {
  const scope = window as unknown as Record<string, unknown>;
  scope.Office = fakeOffice(bridge, window.location.search);
  scope.Excel = fakeExcelNamespace(bridge);
} else {
  // Opened on its own: like a plain browser tab with no office.js, the pane explains where to open it.
  console.info(
    "Action Plan Checker demo: open index.html, which hosts this pane beside a workbook."
  );
}
