import { parseReportDate } from "../../core/calendar/reportDate";
import { ukDate } from "../../core/messages";
import type { Config } from "../../core/schema";
import type { SettingsDraft } from "./SettingsForm.types";

export function draftOf(config: Config): SettingsDraft {
  return {
    // shown as officers write it, whatever the browser's locale would make of a date input
    asOf: config.asOf ? ukDate(config.asOf) : "",
    amberDays: String(config.amberDays),
    openEnded: config.openEnded,
    completeLabel: config.completeLabel,
    required: config.required,
  };
}

/**
 * The configuration the draft asks for, left for the zod schema to judge: a blank or non-numeric amber
 * window becomes NaN so the schema refuses it rather than quietly restoring the default.
 */
/** Why the typed report date cannot be used (null when it is empty or a real date). */
export function reportDateError(draft: SettingsDraft): string | null {
  if (draft.asOf.trim() === "") return null;
  const date = parseReportDate(draft.asOf);
  return date.ok ? null : date.error;
}

export function inputOf(config: Config, draft: SettingsDraft): Record<string, unknown> {
  const { asOf: _previous, ...rest } = config;
  const date = draft.asOf.trim() ? parseReportDate(draft.asOf) : null;
  const days = draft.amberDays.trim() === "" ? Number.NaN : Number(draft.amberDays);
  return {
    ...rest,
    ...(date ? { asOf: date.ok ? date.value : draft.asOf } : {}),
    amberDays: days,
    openEnded: draft.openEnded,
    completeLabel: draft.completeLabel.trim(),
    required: [...draft.required],
  };
}
