import type { Precision, Timescale } from "../schema/timescale";

/** A reading with every field: what a cell did not say is null, false or none. */
export function result(
  text: string | null,
  fields: Partial<Omit<Timescale, "text">> & { precision: Precision }
): Timescale {
  return {
    text,
    start: fields.start ?? null,
    due: fields.due ?? null,
    ongoing: fields.ongoing ?? false,
    cadence: fields.cadence ?? null,
    precision: fields.precision,
    notes: fields.notes ?? [],
  };
}
