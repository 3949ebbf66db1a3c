import { ownershipName } from "../writeOwnership";
import { relKind, relsPathOf, removeContentTypes, resolveTarget, type Package } from "./opc";
import { sheetOfRef, type SheetEntry, type WorkbookPart } from "./workbook";
import { attr, findElement, setAttr } from "./xml";

// The tool's own sheets are marked, as the ExcelJS writer marked them, by a workbook-level defined name
// "APC_Owned_<kind>" referring to A1 of the sheet, so copies made before and after this writer agree.

export function findOwned(wb: WorkbookPart, kind: string): SheetEntry | undefined {
  const name = ownershipName(kind);
  const sheets = wb.sheets();
  for (const d of wb.definedNames()) {
    if (d.name !== name || d.localSheetId !== null) continue;
    const sheet = sheetOfRef(d.value);
    const found = sheets.find((s) => s.name === sheet);
    if (found) return found;
  }
  return undefined;
}

/** A free sheet name: `preferred`, or "preferred (2)" … (Excel compares names without case; 31 characters). */
export function freeSheetName(wb: WorkbookPart, preferred: string): string {
  const taken = new Set(wb.sheets().map((s) => s.name.toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = preferred.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Every table in the package: part, id and name (names are unique in a workbook, ids too). */
export function tablesIn(pkg: Package): Array<{ part: string; id: number; name: string }> {
  return pkg
    .names()
    .filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n))
    .flatMap((part) => {
      const xml = pkg.text(part) ?? "";
      const root = findElement(xml, "table");
      if (!root) return [];
      return [
        {
          part,
          id: Number(attr(root.tag, "id") ?? 0),
          name: attr(root.tag, "displayName") ?? attr(root.tag, "name") ?? "",
        },
      ];
    });
}

/**
 * Removes what the tool's previous version of a sheet brought with it (its tables, its chart drawing),
 * so the part can be written afresh. Only relationships of the tool's own sheet are followed.
 */
export function dropOwnedParts(pkg: Package, sheetPart: string): void {
  const gone: string[] = [];
  const drop = (part: string) => {
    for (const r of pkg.relsOf(part)) {
      if (r.external) continue;
      const target = resolveTarget(part, r.target);
      if (["drawing", "chart", "table", "chartUserShapes"].includes(relKind(r.type))) {
        drop(target);
      }
    }
    if (part !== sheetPart) {
      pkg.remove(part);
      gone.push(part);
    }
    pkg.remove(relsPathOf(part));
  };
  drop(sheetPart);
  removeContentTypes(pkg, gone);
}

/**
 * Opens the workbook on the tool's sheet: the one tab selected (two selected tabs would open grouped,
 * and an edit would then change both sheets).
 */
export function selectOnly(pkg: Package, wb: WorkbookPart, sheet: SheetEntry): void {
  const sheets = wb.sheets();
  wb.activate(sheets.findIndex((s) => s.name === sheet.name));
  for (const s of sheets) {
    if (!s.part || s.name === sheet.name) continue;
    const xml = pkg.text(s.part);
    if (!xml || !/\stabSelected\s*=\s*["'](?:1|true)["']/.test(xml)) continue;
    const views = findElement(xml, "sheetViews");
    if (!views) continue;
    const inner = xml
      .slice(views.start, views.end)
      .replace(/<(?:[\w.-]+:)?sheetView\b[^>]*>/g, (tag) => setAttr(tag, "tabSelected", "0"));
    pkg.set(s.part, xml.slice(0, views.start) + inner + xml.slice(views.end));
  }
}
