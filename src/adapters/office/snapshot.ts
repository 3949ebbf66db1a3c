import { SNAPSHOT_NAMESPACE } from "../../core/snapshot";
import type { ExcelRun } from "./host";

/** The tool's snapshot part (Workbook.customXmlParts, ExcelApi 1.5) as XML, or null when none. Two syncs. */
export async function readSnapshot(run: ExcelRun): Promise<string | null> {
  return run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    // several parts of the namespace should not happen; the last added is the newest
    // loaded above ("items/id"); the rule does not follow a scoped collection from getByNamespace
    // eslint-disable-next-line office-addins/load-object-before-read
    const items = parts.items;
    const part = items[items.length - 1];
    if (!part) return null;
    const xml = part.getXml();
    await context.sync();
    // a ClientResult is read after the sync that resolves it; the rule takes it for a proxy
    // eslint-disable-next-line office-addins/load-object-before-read
    return xml.value;
  });
}

/** Replaces the tool's snapshot part: rewrites the one there (extras deleted), else adds one. */
export async function writeSnapshot(run: ExcelRun, xml: string): Promise<void> {
  await run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- loaded above, as in readSnapshot
    const [first, ...extra] = parts.items;
    if (first) first.setXml(xml);
    else context.workbook.customXmlParts.add(xml);
    for (const p of extra) p.delete();
    await context.sync();
  });
}
