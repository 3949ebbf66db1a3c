import { RATING_COLOURS } from "../../../core/palette/palette";
import type { Rating } from "../../../core/schema/action";
import type { TidyTable } from "../../../core/tidy/plan";
import {
  manifestFromXml,
  manifestToXml,
  TIDY_NAMESPACE,
  type TidyAddition,
} from "../../../core/tidy/manifest";
import { customXmlParts, itemIdFor, writeCustomXmlPart } from "./customXml";
import { Package, relsPathOf, removeContentTypes, resolveTarget } from "./opc";
import { addHeaderCell, dxfIndex, removeHeaderCell, stylesPart } from "./tidyCells";
import {
  addConditionalFormats,
  addValidations,
  colourRulesXml,
  maxPriority,
  overlaps,
  removeColourRules,
  removeValidations,
  validationRanges,
  validationXml,
} from "./tidyXml";
import { WorkbookPart } from "./workbook";

/** A status column the user agreed to add: its header cell. */
export interface AgreedHeader {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface PrepareResult {
  readonly bytes: Buffer;
  /** What this run added (also recorded in the workbook for undo). */
  readonly added: readonly TidyAddition[];
  /** What was not added, each in a sentence (the plan's own validation kept on a range…). */
  readonly skipped: readonly string[];
  /** Additions of an earlier run taken out first (a re-run), or by --undo. */
  readonly removed: number;
  /** Additions recorded by an earlier run that were no longer found as written (edited in Excel since). */
  readonly notFound: number;
}

const LIST_ERROR = {
  title: "Status",
  text: "Choose a status from the list. You can keep another word: choose Yes.",
  style: "warning",
};
const DATE_ERROR = {
  title: "Due date",
  text: "This is not a date. A month or a term with its year is read too: choose OK to keep it.",
  style: "information",
};

/** A list validation's formula: the words quoted, inner quotes doubled. */
const listFormula = (words: readonly string[]) => `"${words.join(",").replace(/"/g, '""')}"`;
const quoted = (word: string) => `"${word.replace(/"/g, '""')}"`;

function sheetParts(wb: WorkbookPart): Map<string, string> {
  return new Map(wb.sheets().flatMap((s) => (s.part ? [[s.name, s.part] as const] : [])));
}

/** Takes out what an earlier prepare recorded, and its record. */
function undoRecorded(pkg: Package, wb: WorkbookPart): { removed: number; notFound: number } {
  const part = customXmlParts(pkg, wb.path, TIDY_NAMESPACE)[0];
  if (!part) return { removed: 0, notFound: 0 };
  const read = manifestFromXml(part.xml);
  removeCustomPart(pkg, wb.path, part.part);
  if (!read.ok) return { removed: 0, notFound: 0 };
  const parts = sheetParts(wb);
  let removed = 0;
  let wanted = 0;
  for (const [sheet, path] of parts) {
    const mine = read.value.added.filter((a) => a.sheet === sheet);
    if (mine.length === 0) continue;
    wanted += mine.length;
    let xml = pkg.text(path) ?? "";
    const v = removeValidations(
      xml,
      mine.flatMap((a) => (a.kind === "validation" ? [a] : []))
    );
    const c = removeColourRules(
      v.xml,
      mine.flatMap((a) => (a.kind === "colour" ? [a] : []))
    );
    xml = c.xml;
    removed += v.removed + c.removed;
    for (const h of mine) {
      if (h.kind !== "header") continue;
      const next = removeHeaderCell(xml, h.cell, h.text);
      if (next !== null) {
        xml = next;
        removed++;
      }
    }
    pkg.set(path, xml);
  }
  return { removed, notFound: wanted - removed };
}

/** Removes a custom XML part with its properties, relationships and content types. */
function removeCustomPart(pkg: Package, workbookPath: string, item: string): void {
  const props = pkg.relsOf(item).map((r) => resolveTarget(item, r.target));
  for (const p of [item, ...props, relsPathOf(item)]) pkg.remove(p);
  removeContentTypes(pkg, [item, ...props]);
  const relsPath = relsPathOf(workbookPath);
  const rels = pkg.text(relsPath);
  if (rels === null) return;
  const next = rels.replace(
    /<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/(?:[\w.-]+:)?Relationship>)/g,
    (tag) => {
      const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
      return target && resolveTarget(workbookPath, target) === item ? "" : tag;
    }
  );
  pkg.set(relsPath, next);
}

function colourOf(meaning: string): { fill: string; ink: string } {
  return RATING_COLOURS[meaning as Rating];
}

/** Adds one table's dropdown, colour rules and due-date prompt to its sheet's XML. */
function tidySheet(
  pkg: Package,
  styles: string | null,
  xml: string,
  t: TidyTable,
  added: TidyAddition[],
  skipped: string[]
): string {
  const validations: string[] = [];
  const taken = validationRanges(xml);
  const free = (sqref: string, what: string) => {
    if (!taken.some((r) => overlaps(r, sqref))) return true;
    skipped.push(`${t.sheet}!${sqref}: the sheet's own validation is kept; no ${what} added.`);
    return false;
  };
  if (t.statusRange && t.statusList && free(t.statusRange, "status dropdown")) {
    const formula = listFormula(t.statusList.words);
    validations.push(
      validationXml({ sqref: t.statusRange, type: "list", formula, error: LIST_ERROR })
    );
    added.push({ kind: "validation", sheet: t.sheet, sqref: t.statusRange, type: "list", formula });
  }
  if (t.dueRange && t.duePrompt && free(t.dueRange, "date prompt")) {
    validations.push(
      validationXml({
        sqref: t.dueRange,
        type: "date",
        formula: "1",
        prompt: t.duePrompt,
        error: DATE_ERROR,
      })
    );
    added.push({
      kind: "validation",
      sheet: t.sheet,
      sqref: t.dueRange,
      type: "date",
      formula: "1",
    });
  }
  let next = addValidations(xml, validations);
  if (t.statusRange && t.statusRules.length > 0 && styles) {
    let priority = maxPriority(next);
    const rules = t.statusRules.map((r) => {
      const { fill, ink } = colourOf(r.meaning);
      return {
        formula: quoted(r.text),
        dxfId: dxfIndex(pkg, styles, fill, ink),
        priority: ++priority,
      };
    });
    next = addConditionalFormats(next, [colourRulesXml(t.statusRange, rules)]);
    const sqref = t.statusRange;
    for (const r of rules)
      added.push({ kind: "colour", sheet: t.sheet, sqref, formula: r.formula });
  }
  return next;
}

/**
 * "prepare" on a copy of the package: what an earlier prepare added is taken out first (so a second run
 * gives the same result), then each table's status dropdown, colour rules and due-date prompt are added
 * beside the sheet's own validations and conditional formats, and the agreed status headers written into
 * their empty cells. No value of the plan changes. What was added is recorded in a custom XML part
 * (TIDY_NAMESPACE) for `undoPrepare`. With `undo`, only the taking out is done.
 */
export function preparePackage(
  bytes: Uint8Array,
  tables: readonly TidyTable[],
  headers: readonly AgreedHeader[],
  options: { readonly undo?: boolean } = {}
): PrepareResult {
  const pkg = new Package(bytes);
  const wb = new WorkbookPart(pkg);
  const { removed, notFound } = undoRecorded(pkg, wb);
  const added: TidyAddition[] = [];
  const skipped: string[] = [];
  if (!options.undo) {
    const parts = sheetParts(wb);
    const styles = stylesPart(pkg, wb.path);
    for (const h of headers) {
      const path = parts.get(h.sheet);
      const xml = path ? pkg.text(path) : null;
      const next = xml === null ? null : addHeaderCell(xml, h.row, h.col, h.text);
      if (!path || next === null) {
        skipped.push(`${h.sheet}: the status column's header cell is not empty; not added.`);
        continue;
      }
      pkg.set(path, next);
      added.push({ kind: "header", sheet: h.sheet, cell: cellRef(h.row, h.col), text: h.text });
    }
    for (const t of tables) {
      const path = parts.get(t.sheet);
      const xml = path ? pkg.text(path) : null;
      if (!path || xml === null) continue;
      pkg.set(path, tidySheet(pkg, styles, xml, t, added, skipped));
    }
    if (added.length > 0)
      writeCustomXmlPart(
        pkg,
        wb.path,
        manifestToXml({ version: 1, added }),
        itemIdFor(TIDY_NAMESPACE)
      );
  }
  return { bytes: pkg.toBuffer(), added, skipped, removed, notFound };
}

function cellRef(row: number, col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}
