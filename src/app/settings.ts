import { DEFAULT_CONFIG, parseConfig, type Config } from "../core/schema";
import type { WorkbookPort } from "./ports";

export interface LoadedSettings {
  readonly config: Config;
  /** Set when the saved settings were unreadable and defaults are used instead. */
  readonly warning: string | null;
}

/**
 * Reads the settings saved in the workbook and validates them before use: a workbook is user-editable
 * data, so a corrupt or tampered value falls back to defaults with a warning instead of breaking the pane.
 */
export async function loadSettings(port: WorkbookPort): Promise<LoadedSettings> {
  const raw = await port.loadSettings();
  if (raw === null || raw === undefined) return { config: DEFAULT_CONFIG, warning: null };
  const parsed = parseConfig(raw);
  if (parsed.ok) return { config: parsed.value, warning: null };
  return {
    config: DEFAULT_CONFIG,
    warning: `The settings saved in this workbook could not be used, so the defaults apply. (${parsed.error})`,
  };
}

/** Saves settings after validating them; returns the error sentence when they are not valid. */
export async function saveSettings(
  port: WorkbookPort,
  input: unknown
): Promise<{ ok: true; config: Config } | { ok: false; error: string }> {
  const parsed = parseConfig(input);
  if (!parsed.ok) return parsed;
  await port.saveSettings(parsed.value);
  return { ok: true, config: parsed.value };
}
