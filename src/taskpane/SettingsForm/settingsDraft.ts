import type { Config } from "../../core/schema";
import { ukDate } from "../../core/messages";
import type { SettingsDraft } from "./SettingsForm.types";

export function draftOf(config: Config): SettingsDraft {
  return {
    asOf: config.asOf ? ukDate(config.asOf) : "",
    amberDays: String(config.amberDays),
    openEnded: config.openEnded,
    completeLabel: config.completeLabel,
    required: config.required,
  };
}

/**
 * The configuration the draft asks for (its report date already read to ISO by the form), left for the zod schema to judge: a blank or non-numeric amber
 * window becomes NaN so the schema refuses it rather than quietly restoring the default.
 */
export function inputOf(config: Config, draft: SettingsDraft): Record<string, unknown> {
  const { asOf: _previous, ...rest } = config;
  const days = draft.amberDays.trim() === "" ? Number.NaN : Number(draft.amberDays);
  return {
    ...rest,
    ...(draft.asOf ? { asOf: draft.asOf } : {}),
    amberDays: days,
    openEnded: draft.openEnded,
    completeLabel: draft.completeLabel.trim(),
    required: [...draft.required],
  };
}
