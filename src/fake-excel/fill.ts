import { normalizeColor } from "./cells";
import { invalidArgument } from "./errors";
import type { FakeCell } from "./types";

/**
 * A cell's fill as Excel holds it: a background colour (`FakeCell.fill`) and, beside it, a pattern with its
 * own colour, a tint on each colour, and the theme colour the background came from. Office.js can read
 * and write all of these but the theme: a theme fill reads back as its colour and tint, and writing any
 * fill property turns it into a plain colour.
 */
export interface FakeFillStyle {
  /** A pattern other than Solid ("Gray50", "LightDown"…); absent means Solid. */
  pattern?: string;
  patternColor?: string;
  /** tintAndShade of the background, -1..1; absent means 0. */
  tint?: number;
  patternTint?: number;
  /** The theme colour ("accent1") the background came from, as a workbook saved by Excel holds it. */
  theme?: string;
}

/** The fill properties Range.format.fill and getCellProperties report. */
export interface FillProperties {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export const FILL_PROPERTY_NAMES = [
  "color",
  "pattern",
  "patternColor",
  "tintAndShade",
  "patternTintAndShade",
] as const;

/** No Fill reads back as white ("#FFFFFF") with pattern "None", as Excel reports it. */
export const NO_FILL_COLOR = "#FFFFFF";
/** An unset pattern colour reads as Automatic, which Excel reports as black. */
const AUTOMATIC = "#000000";

export function readFill(c: FakeCell | undefined): FillProperties {
  const s = c?.fillStyle;
  return {
    color: c?.fill ?? NO_FILL_COLOR,
    pattern: c?.fill ? (s?.pattern ?? "Solid") : "None",
    patternColor: s?.patternColor ?? AUTOMATIC,
    tintAndShade: s?.tint ?? 0,
    patternTintAndShade: s?.patternTint ?? 0,
  };
}

function tintOf(name: string, v: unknown): number {
  if (typeof v !== "number" || !(v >= -1 && v <= 1)) throw invalidArgument(`${name} ${String(v)}`);
  return v;
}

function colorOf(v: unknown): string {
  const c = typeof v === "string" ? normalizeColor(v) : null;
  if (!c) throw invalidArgument(`fill colour "${String(v)}"`);
  return c;
}

function style(c: FakeCell): FakeFillStyle {
  c.fillStyle ??= {};
  return c.fillStyle;
}

function tidy(c: FakeCell): void {
  const s = c.fillStyle;
  if (!s) return;
  if (s.tint === 0) delete s.tint;
  if (s.patternTint === 0) delete s.patternTint;
  if (Object.keys(s).length === 0) delete c.fillStyle;
}

/** Applies one fill property as Excel does; a theme link does not survive any write. */
export function writeFillProperty(c: FakeCell, name: string, v: unknown): void {
  if (c.fillStyle) delete c.fillStyle.theme;
  switch (name) {
    case "color":
      // a new colour keeps the pattern but not the old colour's tint
      c.fill = colorOf(v);
      if (c.fillStyle) delete c.fillStyle.tint;
      break;
    case "pattern":
      if (v === "None") clearFill(c);
      else if (typeof v !== "string" || v === "") throw invalidArgument(`pattern ${String(v)}`);
      else {
        c.fill ??= NO_FILL_COLOR;
        if (v === "Solid") delete style(c).pattern;
        else style(c).pattern = v;
      }
      break;
    case "patternColor":
      style(c).patternColor = colorOf(v);
      break;
    case "tintAndShade":
      style(c).tint = tintOf(name, v);
      break;
    case "patternTintAndShade":
      style(c).patternTint = tintOf(name, v);
      break;
    default:
      throw invalidArgument(`fill property ${name}`);
  }
  tidy(c);
}

/** Applies a getCellProperties-shaped fill (pattern first, so "None" clears and the rest then apply). */
export function writeFill(c: FakeCell, fill: Partial<Record<string, unknown>>): void {
  if (fill.pattern !== undefined) writeFillProperty(c, "pattern", fill.pattern);
  if (fill.pattern === "None") return;
  for (const name of FILL_PROPERTY_NAMES) {
    if (name !== "pattern" && fill[name] !== undefined) writeFillProperty(c, name, fill[name]);
  }
}

export function clearFill(c: FakeCell): void {
  delete c.fill;
  delete c.fillStyle;
}
