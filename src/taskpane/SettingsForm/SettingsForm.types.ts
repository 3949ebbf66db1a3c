import type { Config } from "../../core/schema";

/** Props of {@link SettingsForm}. */
export interface SettingsFormProps {
  readonly config: Config;
  /** Today (YYYY-MM-DD): what an empty report date means. */
  readonly today: string;
  /** Why the last save was refused, in plain words; nothing was saved. */
  readonly error: string | null;
  readonly busy: boolean;
  /** Validates and saves; resolves false when the input was refused. */
  readonly onSave: (input: unknown) => Promise<boolean>;
}

/** What the form holds while the user types: strings, as the inputs give them. */
export interface SettingsDraft {
  readonly asOf: string;
  readonly amberDays: string;
  readonly openEnded: Config["openEnded"];
  readonly completeLabel: string;
  readonly required: readonly Config["required"][number][];
}

export interface ReportDateProps {
  readonly value: string;
  readonly today: string;
  readonly error: string | null;
  readonly onChange: (value: string) => void;
}

export interface RequiredFieldsProps {
  readonly required: SettingsDraft["required"];
  readonly onChange: (required: SettingsDraft["required"]) => void;
}
