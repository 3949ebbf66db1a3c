import { z } from "zod";
import { FIELD_NAMES } from "./fields";
import { issueCodeSchema, severitySchema } from "./issue";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const columnLetters = z.string().regex(/^[A-Z]{1,3}$/, "must be a column letter such as C");
const fieldSchema = z.enum(FIELD_NAMES);

/**
 * A user's correction of a column mapping for one table, keyed by `tableKey` ("Sheet!A7": the sheet and
 * the header row's first cell). A field mapped to null is explicitly unmapped.
 */
export const mappingOverrideSchema = z.record(
  z.string(),
  // partial: a correction names only the fields it changes (zod 4's z.record over an enum wants them all)
  z.partialRecord(fieldSchema, columnLetters.nullable())
);

export const configSchema = z.object({
  /** Report ("as of") date. Adapters default it to today in Europe/London; the core never reads a clock. */
  asOf: isoDate.optional(),
  /** Actions due within this many days after the report date are Amber. */
  amberDays: z.number().int().min(0).max(366).default(28),
  /** How an open-ended or recurring action with no due date is rated. */
  openEnded: z.enum(["green", "not-rated"]).default("green"),
  completeLabel: z.string().min(1).max(40).default("Complete"),
  /** Fill colour for complete actions, RRGGBB. */
  completeColour: z
    .string()
    .regex(/^[0-9A-Fa-f]{6}$/, "must be a colour written RRGGBB")
    .default("5B9BD5"),
  /**
   * How a bare "2023/24" or "2009-10" is read: "auto" (the plan's own evidence — terms and "academic year"
   * against quarters, "financial year" and FY — else a slash is a financial year and a hyphen an academic
   * one), or always "academic" (ends 31 August) or "financial" (ends 31 March).
   */
  bareYearRange: z.enum(["auto", "academic", "financial"]).default("auto"),
  required: z.array(fieldSchema).default(["action", "owner", "due"]),
  severity: z.partialRecord(issueCodeSchema, severitySchema).default({}),
  /** Only these sheets; empty means every sheet. */
  sheets: z.array(z.string()).default([]),
  mappingOverrides: mappingOverrideSchema.default({}),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;

export type ConfigResult = { ok: true; value: Config } | { ok: false; error: string };

/** Validates a configuration; a bad one gets a readable sentence per problem, never a stack trace. */
export function parseConfig(input: unknown): ConfigResult {
  const r = configSchema.safeParse(input ?? {});
  if (r.success) return { ok: true, value: r.data };
  const lines = r.error.issues.map(
    (i) => `${i.path.length ? i.path.join(".") : "configuration"}: ${i.message}`
  );
  return { ok: false, error: `Invalid configuration. ${lines.join("; ")}` };
}

export const DEFAULT_CONFIG: Config = configSchema.parse({});
