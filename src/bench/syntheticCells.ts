import type { CellValue } from "../core/grid/types";
import { FIELDS, type FieldName } from "../core/schema/fields";
import type { Rng } from "./prng";
import {
  ACTION_OBJECTS,
  ACTION_VERBS,
  MONITORING,
  OUTCOMES,
  OWNER_CELLS,
  PARTNERS,
  PROGRESS_NOTES,
  RESOURCES,
  STATUSES,
  TIMESCALE_PHRASES,
} from "./vocabulary";

/** The cells of a synthetic plan, each drawn from the seeded generator in a fixed order. */

export interface Cell {
  value: CellValue;
  text: string;
  numberFormat: string;
}

export const BLANK: Cell = { value: null, text: "", numberFormat: "General" };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function textCell(text: string): Cell {
  return text === "" ? BLANK : { value: text, text, numberFormat: "General" };
}

/** Excel serial (1900 system) of a calendar date. */
function serialOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A month cell as in the Southend plan: the 1st of the month, formatted mmm-yy ("Jan-14"). */
function monthCell(rng: Rng): Cell {
  const y = rng.int(2012, 2016);
  const m = rng.int(1, 12);
  return {
    value: serialOf(y, m, 1),
    text: `${MONTHS[m - 1]}-${pad2(y % 100)}`,
    numberFormat: "mmm-yy",
  };
}

function dayCell(rng: Rng): Cell {
  const y = rng.int(2012, 2016);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return {
    value: serialOf(y, m, d),
    text: `${pad2(d)}/${pad2(m)}/${y}`,
    numberFormat: "dd/mm/yyyy",
  };
}

const SYNONYMS = new Map(FIELDS.map((f) => [f.name, f.synonyms]));

/**
 * A header as people type it: a synonym from the field table, re-cased, sometimes with a line break
 * between words, a trailing colon or question mark, or stray spaces (normalisation folds all of these).
 */
export function messyHeader(rng: Rng, field: FieldName): string {
  let h = rng.pick(SYNONYMS.get(field) ?? [field]);
  const casing = rng.int(0, 3);
  if (casing === 0) h = h.charAt(0).toUpperCase() + h.slice(1);
  else if (casing === 1) h = h.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  else if (casing === 2) h = h.toUpperCase();
  if (h.includes(" ") && rng.chance(0.2)) h = h.replace(" ", "\n");
  const tail = rng.int(0, 5);
  if (tail === 0) h += ":";
  else if (tail === 1) h += "?";
  else if (tail === 2) h = ` ${h} `;
  return h;
}

export type RefStyle = "dotted" | "paren" | "number" | "in-action";

function refCell(style: RefStyle, section: number, i: number): Cell {
  if (style === "dotted") return textCell(`${section}.${i}`);
  if (style === "paren") return textCell(`${i})`);
  if (style === "number") return { value: i, text: String(i), numberFormat: "General" };
  return BLANK;
}

function dueCell(rng: Rng): Cell {
  const r = rng.next();
  if (r < 0.68) return textCell(rng.pick(TIMESCALE_PHRASES));
  if (r < 0.84) return monthCell(rng);
  if (r < 0.92) return dayCell(rng);
  return BLANK;
}

function startCell(rng: Rng): Cell {
  const r = rng.next();
  if (r < 0.55) return BLANK;
  if (r < 0.85) return monthCell(rng);
  return textCell(rng.pick(["Sept 02", "From September 2003", "April 2013", "Jan 2014"]));
}

function ownerCell(rng: Rng): Cell {
  const r = rng.next();
  if (r < 0.04) return BLANK;
  if (r < 0.06) return textCell(rng.pick(["TBC", "tbc", "?", "To be confirmed"]));
  return textCell(rng.pick(OWNER_CELLS));
}

function reviewCell(rng: Rng): Cell {
  const r = rng.next();
  if (r < 0.5) return BLANK;
  if (r < 0.8) return monthCell(rng);
  return textCell(rng.pick(["Termly", "Annually", "Quarterly"]));
}

/** One action row's twelve cells, in BENCH_COLUMNS order. */
export function actionCells(rng: Rng, refStyle: RefStyle, section: number, i: number): Cell[] {
  let action = `${rng.pick(ACTION_VERBS)} ${rng.pick(ACTION_OBJECTS)}`;
  if (refStyle === "in-action") action = `${section}.${i} ${action}`;
  return [
    refCell(refStyle, section, i),
    textCell(action),
    textCell(rng.pick(OUTCOMES)),
    ownerCell(rng),
    textCell(rng.pick(PARTNERS)),
    startCell(rng),
    dueCell(rng),
    textCell(rng.pick(STATUSES)),
    textCell(rng.pick(PROGRESS_NOTES)),
    textCell(rng.pick(MONITORING)),
    textCell(rng.pick(RESOURCES)),
    reviewCell(rng),
  ];
}
