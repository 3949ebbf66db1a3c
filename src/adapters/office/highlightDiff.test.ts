import { a1 } from "../../core/grid/a1";
import { SEVERITY_FILL, type HighlightCell } from "../../core/highlight";
import type { FillBackup } from "./fillBackup";
import { highlightWrites, nextBackup, type OldSheet, type SheetFound } from "./highlightDiff";

/** The diff alone, on plain data: no fake workbook, no Office.js. */

function flagged(row: number, col: number, messages: string[] = []): HighlightCell {
  return { sheet: "Plan", row, col, address: a1(row, col), severity: "error", messages };
}

/** Plan's cells as read: each in a one-cell block with the fill given ("none" for No Fill). */
function found(cells: [HighlightCell, string][], hasNote: boolean[] = []): SheetFound {
  return {
    id: "s1",
    name: "Plan",
    cells: cells.map(([c]) => c),
    blocks: cells.map(([c, fill]) => ({
      r: { top: c.row, left: c.col, bottom: c.row, right: c.col },
      fills: [
        [
          {
            format: {
              fill: fill === "none" ? { pattern: "None" } : { color: fill, pattern: "Solid" },
            },
          },
        ],
      ],
    })),
    hasNote: cells.map((_c, i) => hasNote[i] ?? false),
  };
}

const ERROR = `#${SEVERITY_FILL.error}`;

describe("highlight diff", () => {
  it("first highlight: saves the originals as read, paints, notes, and saves the exact backup last", () => {
    const sheet = found([
      [flagged(2, 1, ["No owner"]), "#FFFF00"],
      [flagged(3, 1), "none"],
    ]);
    const writes = highlightWrites([sheet], null, [], true);
    const exact: FillBackup = {
      version: 1,
      sheets: [
        { id: "s1", name: "Plan", fills: { "#FFFF00": ["A2"], none: ["A3"] }, notes: ["A2"] },
      ],
    };
    expect(writes).toEqual([
      { kind: "save-backup", backup: exact },
      { kind: "paint", sheetId: "s1", address: "A2:A3", fill: ERROR },
      { kind: "add-note", sheetId: "s1", address: "A2", text: "No owner" },
      { kind: "save-backup", backup: exact },
    ]);
  });

  it("re-highlight: a cell still flagged keeps its first original; one no longer flagged is restored", () => {
    const old: FillBackup = {
      version: 1,
      sheets: [{ id: "s1", name: "Plan", fills: { "#FFFF00": ["A2"], none: ["A3"] }, notes: [] }],
    };
    const oldSheets: OldSheet[] = [{ s: old.sheets[0]!, id: "s1", name: "Plan" }];
    // A2 reads as the highlight now: its original is the old backup's yellow, not the red
    const sheet = found([
      [flagged(2, 1), ERROR],
      [flagged(5, 2), "#00B050"],
    ]);
    const { next } = nextBackup([sheet], oldSheets, true);
    expect(next.sheets[0]?.fills).toEqual({ "#FFFF00": ["A2"], "#00B050": ["B5"] });
    const writes = highlightWrites([sheet], old, oldSheets, true);
    expect(writes.filter((w) => w.kind === "restore")).toEqual([
      { kind: "restore", sheetId: "s1", address: "A3", fill: "none" },
    ]);
    // the covering backup holds the cell about to be restored as well as the new ones
    expect(writes[0]).toEqual({
      kind: "save-backup",
      backup: {
        version: 1,
        sheets: [
          {
            id: "s1",
            name: "Plan",
            fills: { "#FFFF00": ["A2"], none: ["A3"], "#00B050": ["B5"] },
            notes: [],
          },
        ],
      },
    });
  });

  it("clear: restores every cell, takes the add-in's notes away, and deletes the backup", () => {
    const old: FillBackup = {
      version: 1,
      sheets: [{ id: "s1", name: "Plan", fills: { "#FFFF00": ["A2"] }, notes: ["A2"] }],
    };
    const oldSheets: OldSheet[] = [{ s: old.sheets[0]!, id: "s1", name: "Plan" }];
    expect(highlightWrites([], old, oldSheets, true)).toEqual([
      { kind: "restore", sheetId: "s1", address: "A2", fill: "#FFFF00" },
      { kind: "delete-note", sheetId: "s1", address: "A2" },
      { kind: "delete-backup" },
    ]);
  });

  it("leaves the user's own note alone, and rewrites its own", () => {
    const old: FillBackup = {
      version: 1,
      sheets: [{ id: "s1", name: "Plan", fills: {}, notes: ["A3"] }],
    };
    const oldSheets: OldSheet[] = [{ s: old.sheets[0]!, id: "s1", name: "Plan" }];
    const sheet = found(
      [
        [flagged(2, 1, ["mine?"]), "none"],
        [flagged(3, 1, ["ours"]), "none"],
      ],
      [true, true]
    );
    const notes = highlightWrites([sheet], old, oldSheets, true).filter(
      (w) => w.kind === "add-note"
    );
    expect(notes).toEqual([{ kind: "add-note", sheetId: "s1", address: "A3", text: "ours" }]);
  });

  it("without notes (below ExcelApi 1.18): writes none and keeps the old ones in the backup", () => {
    const old: FillBackup = {
      version: 1,
      sheets: [{ id: "s2", name: "Other", fills: {}, notes: ["C4"] }],
    };
    const oldSheets: OldSheet[] = [{ s: old.sheets[0]!, id: "s2", name: "Other" }];
    const sheet = found([[flagged(2, 1, ["No owner"]), "none"]]);
    const writes = highlightWrites([sheet], old, oldSheets, false);
    expect(writes.some((w) => w.kind === "add-note" || w.kind === "delete-note")).toBe(false);
    const last = writes[writes.length - 1];
    expect(last?.kind === "save-backup" && last.backup.sheets.map((s) => [s.id, s.notes])).toEqual([
      ["s1", []],
      ["s2", ["C4"]],
    ]);
  });
});
