import type { Severity } from "./schema/issue";
import { SEVERITY_COLOURS, type HighlightKind } from "./palette/palette";

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
  /**
   * What the highlight means (see core/palette): the most telling of the cell's issues. The engine always
   * sets it and `fill`; a plan made by hand without them fills by severity (see highlightFill).
   */
  readonly kind?: HighlightKind;
  /** The fill for `kind` (RRGGBB), from the one palette the CLI's copy and the add-in share. */
  readonly fill?: string;
  /** One line per issue on the cell, for the cell note. */
  readonly messages: readonly string[];
}

export interface HighlightPlan {
  readonly cells: readonly HighlightCell[];
}

/** Fill colours by severity (RRGGBB), for intents that show one; highlights fill by `kind`. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = SEVERITY_COLOURS;

/** The colour a highlight is painted (RRGGBB). */
export function highlightFill(cell: HighlightCell): string {
  return cell.fill ?? SEVERITY_FILL[cell.severity];
}
