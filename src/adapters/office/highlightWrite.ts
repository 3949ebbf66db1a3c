import { BYTES_PER_COMMAND, packBatches } from "./batches";
import type { HighlightWrite } from "./highlightDiff";
import type { HighlightState } from "./highlightRead";
import { BACKUP_KEY } from "./host";
import { paint, paintCommands } from "./paint";

/**
 * The write phase of replacing highlights: queues the diff's writes in budget-sized batches, one sync each
 * (one in all while they fit). The byte figures are estimates of each command's request size.
 */

/** One command (or a few) of the write phase, with its estimated request bytes. */
interface WriteUnit {
  readonly bytes: number;
  readonly queue: () => void;
}

/** By sheet id: where restores and the old notes' removal go, and where the new paint and notes go. */
type WriteSheets = Pick<HighlightState, "restoreIn" | "paintIn">;

/** What the final "no backup" write weighs: the empty backup it stands for. */
const EMPTY_BACKUP_BYTES = JSON.stringify({ version: 1, sheets: [] }).length;

function unitOf(context: Excel.RequestContext, w: HighlightWrite, sheets: WriteSheets): WriteUnit {
  const settings = context.workbook.settings;
  const sheet = (map: ReadonlyMap<string, Excel.Worksheet>, id: string): Excel.Worksheet => {
    const ws = map.get(id);
    if (!ws) throw new Error(`highlight write for a sheet not read: ${id}`);
    return ws;
  };
  switch (w.kind) {
    case "save-backup":
      return {
        bytes: BYTES_PER_COMMAND + JSON.stringify(w.backup).length,
        queue: () => void settings.add(BACKUP_KEY, w.backup),
      };
    case "delete-backup":
      return {
        bytes: BYTES_PER_COMMAND + EMPTY_BACKUP_BYTES,
        queue: () => settings.getItemOrNullObject(BACKUP_KEY).delete(),
      };
    case "restore": {
      const ws = sheet(sheets.restoreIn, w.sheetId);
      return {
        bytes: paintCommands(w.fill) * BYTES_PER_COMMAND + w.address.length + w.fill.length,
        queue: () => paint(ws, w.address, w.fill),
      };
    }
    case "delete-note": {
      const ws = sheet(sheets.restoreIn, w.sheetId);
      return {
        bytes: 2 * BYTES_PER_COMMAND + w.address.length,
        queue: () => ws.notes.getItemOrNullObject(w.address).delete(),
      };
    }
    case "paint": {
      const ws = sheet(sheets.paintIn, w.sheetId);
      return {
        bytes: paintCommands(w.fill) * BYTES_PER_COMMAND + w.address.length,
        queue: () => paint(ws, w.address, w.fill),
      };
    }
    case "add-note": {
      const ws = sheet(sheets.paintIn, w.sheetId);
      return {
        bytes: BYTES_PER_COMMAND + w.address.length + w.text.length,
        queue: () => void ws.notes.add(w.address, w.text),
      };
    }
  }
}

export async function writeHighlights(
  context: Excel.RequestContext,
  writes: readonly HighlightWrite[],
  sheets: WriteSheets,
  budget: number
): Promise<void> {
  const units = writes.map((w) => unitOf(context, w, sheets));
  for (const batch of packBatches(units, (o) => o.bytes, budget)) {
    for (const o of batch) o.queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
