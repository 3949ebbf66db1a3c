import type { Severity } from "./schema/issue";

/**
 * What to highlight, as data: the core plans, adapters carry it out (Office.js RangeAreas, ExcelJS fills).
 * One entry per flagged cell; when a cell has several issues it takes the most severe and every message.
 */
export interface HighlightCell {
  readonly sheet: string;
  /** 1-based row and column. */
  readonly row: number;
  readonly col: number;
  /** "C14" */
  readonly address: string;
  readonly severity: Severity;
  /** One line per issue on the cell, for the cell note. */
  readonly messages: readonly string[];
}

export interface HighlightPlan {
  readonly cells: readonly HighlightCell[];
}

/** Fill colours by severity (RRGGBB), chosen to stay readable with black text. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: "F8CBAD",
  warning: "FFE699",
  info: "DDEBF7",
};
