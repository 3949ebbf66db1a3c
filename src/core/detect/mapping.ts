import type { FieldName } from "../schema/fields";
import type { HeaderCandidate } from "./header";
import type { MatchKind } from "./match";
import { resolveClaims } from "./resolve";
import type { DuplicateMapping, MappingNote, MappingReason } from "./types";

// A header's columns as fields: the matches resolved (one column a field), then the user's corrections.

export interface Mapping {
  readonly columns: Partial<Record<FieldName, number>>;
  readonly mapping: MappingNote[];
  readonly duplicates: DuplicateMapping[];
}

const REASON_OF: Record<MatchKind, MappingReason> = {
  synonym: "synonym",
  rule: "rule",
  head: "head-term",
  prefix: "keyword",
  contains: "keyword",
  inferred: "inferred",
};

/**
 * Maps columns to fields; two columns claiming one field: the higher score wins (a bare "Date" loses to
 * "Target date"), then the stronger kind of match, then the leftmost.
 */
export function mapColumns(h: HeaderCandidate): Mapping {
  const { chosen: won, claims, matches } = resolveClaims(h.matches);
  const columns: Partial<Record<FieldName, number>> = {};
  const mapping: MappingNote[] = [];
  const duplicates: DuplicateMapping[] = [];
  for (const [field, cols] of claims) {
    const chosen = won.get(field) as number;
    columns[field] = chosen;
    const m = matches.get(chosen);
    mapping.push({
      field,
      col: chosen,
      header: h.headers.get(chosen) ?? "",
      reason: REASON_OF[m?.kind ?? "contains"],
      ...(m ? { score: m.score, detail: m.reason } : {}),
    });
    if (cols.length > 1) duplicates.push({ field, cols, chosen });
  }
  return { columns, mapping, duplicates };
}

/** The user's corrections of a mapping: a column for a field, or none (null). */
export function applyOverrides(
  map: Mapping,
  h: HeaderCandidate,
  override: Readonly<Partial<Record<FieldName, number | null>>> | undefined
): Mapping {
  if (!override) return map;
  const columns = { ...map.columns };
  let mapping = [...map.mapping];
  for (const [field, col] of Object.entries(override) as [FieldName, number | null | undefined][]) {
    if (col === undefined) continue;
    mapping = mapping.filter((n) => n.field !== field);
    if (col === null) {
      delete columns[field];
      continue;
    }
    columns[field] = col;
    mapping.push({ field, col, header: h.headers.get(col) ?? "", reason: "override" });
  }
  const duplicates = map.duplicates.filter((d) => !(d.field in override));
  return { columns, mapping, duplicates };
}
