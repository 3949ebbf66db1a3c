import { z } from "zod";
import { columnIndex, rangeA1 } from "../grid/a1";
import type { CheckedTable } from "../schema/report";
import { STANDARD_STATUS_WORDS, type StatusRule, type TidyTable } from "./plan";
import { statusMeaning } from "../rag/statusWords";

/**
 * What "prepare" (the CLI's tidy) added to a workbook, stored in it as a custom XML part so that a later
 * run, or `prepare --undo`, removes exactly that and nothing of the user's: each validation and colour
 * rule by its sheet, range and content, and the status header by its cell and text.
 */
export const TIDY_NAMESPACE = "urn:action-plan-checker:tidy:1";

export const tidyAdditionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("validation"),
    sheet: z.string(),
    sqref: z.string(),
    /** The validation's type and first formula, as written: how it is recognised again. */
    type: z.enum(["list", "date"]),
    formula: z.string(),
  }),
  z.object({
    kind: z.literal("colour"),
    sheet: z.string(),
    sqref: z.string(),
    /** The rule's formula (the quoted status word). */
    formula: z.string(),
  }),
  z.object({
    kind: z.literal("header"),
    sheet: z.string(),
    cell: z.string(),
    text: z.string(),
  }),
]);
export type TidyAddition = z.infer<typeof tidyAdditionSchema>;

export const tidyManifestSchema = z.object({
  version: z.literal(1),
  added: z.array(tidyAdditionSchema),
});
export type TidyManifest = z.infer<typeof tidyManifestSchema>;

export function manifestToXml(m: TidyManifest): string {
  const json = JSON.stringify(m).replace(/]]>/g, "]]\\u003e");
  return `<?xml version="1.0" encoding="UTF-8"?><tidy xmlns="${TIDY_NAMESPACE}"><![CDATA[${json}]]></tidy>`;
}

export function manifestFromXml(
  xml: string
): { ok: true; value: TidyManifest } | { ok: false; error: string } {
  const m = /<!\[CDATA\[([\s\S]*)\]\]>/.exec(xml);
  if (!m?.[1] || !xml.includes(TIDY_NAMESPACE)) return { ok: false, error: "not a tidy part" };
  let raw: unknown;
  try {
    raw = JSON.parse(m[1]);
  } catch {
    return { ok: false, error: "the tidy record is not valid JSON" };
  }
  const parsed = tidyManifestSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: `the tidy record does not match its schema` };
}

/**
 * The tidy of a table once the user has agreed to the offered status column: the column's header, and
 * the dropdown and colour rules of the standard status words on its action rows.
 */
export function withStatusColumn(
  tidy: TidyTable,
  table: CheckedTable
): { tidy: TidyTable; header: { row: number; col: number; text: string } } | null {
  const offer = tidy.offerStatusColumn;
  if (!offer || table.actions.length === 0) return null;
  const col = columnIndex(offer.column);
  const first = Math.min(...table.actions.map((a) => a.row));
  const last = Math.max(...table.actions.flatMap((a) => a.rows));
  const words = [...STANDARD_STATUS_WORDS];
  const rules: StatusRule[] = words.flatMap((text) => {
    const meaning = statusMeaning(text);
    return meaning === null || meaning === "in-progress" || meaning === "not-started"
      ? []
      : [{ text, meaning }];
  });
  return {
    tidy: {
      ...tidy,
      statusRange: rangeA1(first, col, last, col),
      statusList: { words, source: "standard" },
      statusRules: rules,
      offerStatusColumn: null,
    },
    header: { row: table.headerRow, col, text: offer.header },
  };
}
