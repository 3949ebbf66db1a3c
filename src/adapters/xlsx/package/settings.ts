import type { Package } from "./opc";
import { attr } from "./xml";

/** The key the add-in saves its settings under (Office.js workbook settings). */
const SETTINGS_KEY = "apc.settings";

/**
 * The add-in's settings as Excel saved them in the file: Office.js settings live in a web-extension part
 * (xl/webextensions/webextension*.xml) as properties whose value is the setting serialised as JSON; the
 * add-in's own value is itself JSON text. Null when the workbook has none or they do not parse.
 */
export function readSettings(pkg: Package): unknown {
  for (const name of pkg.names()) {
    if (!/^xl\/webextensions\/[^/]+\.xml$/i.test(name)) continue;
    const xml = pkg.text(name) ?? "";
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?property\b[^>]*>/g)) {
      if (attr(m[0], "name") !== SETTINGS_KEY) continue;
      try {
        let value: unknown = JSON.parse(attr(m[0], "value") ?? "null");
        if (typeof value === "string") value = JSON.parse(value);
        return value ?? null;
      } catch {
        return null;
      }
    }
  }
  return null;
}
