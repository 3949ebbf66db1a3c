import { addContentTypes, relKind, relativeTarget, resolveTarget, type Package } from "./opc";

const REL_CUSTOM_XML =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

/** The text up to the end of the root element's start tag (past declarations, comments, PIs). */
function prologAndRoot(xml: string): string {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return xml;
    const next = xml.charCodeAt(lt + 1);
    if (xml.startsWith("<!--", lt)) i = xml.indexOf("-->", lt) + 3;
    else if (next === 63 /* ? */) i = xml.indexOf("?>", lt) + 2;
    else if (next === 33 /* ! */) i = xml.indexOf(">", lt) + 1;
    else {
      const gt = xml.indexOf(">", lt);
      return gt < 0 ? xml : xml.slice(0, gt + 1);
    }
    if (i <= lt) return xml;
  }
}

/** The namespace of a part's root element (its default or its prefix's), or null. */
export function rootNamespace(xml: string): string | null {
  // only the prolog and the root's start tag: the tool's snapshot part runs to tens of megabytes
  const root = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)\b[^>]*>/.exec(
    prologAndRoot(xml).replace(/<\?[\s\S]*?\?>/g, "")
  );
  if (!root?.[1]) return null;
  const prefix = root[1].includes(":") ? root[1].split(":")[0] : null;
  const attrName = prefix ? `xmlns:${prefix}` : "xmlns";
  const m = new RegExp(`\\s${attrName.replace(".", "\\.")}\\s*=\\s*(["'])(.*?)\\1`).exec(root[0]);
  return m?.[2] ?? null;
}

/** The custom XML parts the workbook part relates to whose root is in `namespace` (as getByNamespace). */
export function customXmlParts(
  pkg: Package,
  workbookPath: string,
  namespace: string
): Array<{ readonly part: string; readonly xml: string }> {
  return pkg
    .relsOf(workbookPath)
    .filter((r) => !r.external && relKind(r.type) === "customXml")
    .map((r) => resolveTarget(workbookPath, r.target))
    .flatMap((part) => {
      const xml = pkg.text(part);
      return xml !== null && rootNamespace(xml) === namespace ? [{ part, xml }] : [];
    });
}

/**
 * Stores `xml` as the workbook's custom XML part for its root namespace: the part already there for that
 * namespace is rewritten in place (its item id and relationships stay), else a new item is added with its
 * properties part, the relationship from the workbook and the content types, as Excel writes them.
 */
export function writeCustomXmlPart(
  pkg: Package,
  workbookPath: string,
  xml: string,
  itemId: string
): string {
  const namespace = rootNamespace(xml);
  if (!namespace) throw new Error("a custom XML part needs a namespace on its root element");
  const existing = customXmlParts(pkg, workbookPath, namespace)[0];
  if (existing) {
    pkg.set(existing.part, xml);
    return existing.part;
  }
  const item = pkg.freeName("customXml/item{n}.xml");
  const n = /item(\d+)\.xml$/.exec(item)?.[1] ?? "1";
  const props = `customXml/itemProps${n}.xml`;
  pkg.set(item, xml);
  pkg.set(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="${DS_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${namespace}"/></ds:schemaRefs></ds:datastoreItem>`
  );
  pkg.addRels(item, [{ type: REL_CUSTOM_XML_PROPS, target: relativeTarget(item, props) }]);
  pkg.addRels(workbookPath, [{ type: REL_CUSTOM_XML, target: relativeTarget(workbookPath, item) }]);
  addContentTypes(
    pkg,
    [
      { part: item, type: "application/xml" },
      { part: props, type: CT_PROPS },
    ],
    []
  );
  return item;
}

/** A stable GUID-shaped item id from a text (the namespace), so a copy's bytes do not depend on the clock. */
export function itemIdFor(text: string): string {
  let h = 0x811c9dc5;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) ^ round;
    hex.push((h >>> 0).toString(16).padStart(8, "0"));
  }
  const s = hex.join("").toUpperCase();
  return `{${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}}`;
}
