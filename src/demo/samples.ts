import { z } from "zod";
import type { FakeWorkbookSeed } from "../fake-excel";

/** One bundled sample, as the demo build lists it in samples/index.json. */
export const sampleSchema = z.object({
  /** The .xlsx file name in assets/samples/. */
  file: z.string(),
  title: z.string(),
  asOf: z.string(),
  /** The workbook converted to a fake-Excel seed at build time, relative to the page. */
  seed: z.string(),
});

export type DemoSample = z.infer<typeof sampleSchema>;

const indexSchema = z.object({ samples: z.array(sampleSchema) });

/** The bundled samples the build converted (assets/samples/samples.json, in its order). */
export async function fetchSamples(): Promise<DemoSample[]> {
  const response = await fetch("samples/index.json");
  if (!response.ok) throw new Error(`samples/index.json: HTTP ${response.status}`);
  return indexSchema.parse(await response.json()).samples;
}

/** A sample's seed; the build wrote it from the .xlsx with seedFromXlsx, as the adapter tests use it. */
export async function fetchSeed(sample: DemoSample): Promise<FakeWorkbookSeed> {
  const response = await fetch(sample.seed);
  if (!response.ok) throw new Error(`${sample.seed}: HTTP ${response.status}`);
  return (await response.json()) as FakeWorkbookSeed;
}

/**
 * A seed from an .xlsx the user dropped or chose. ExcelJS (about 1 MB) is loaded only now, in its own chunk:
 * the bundled samples never need it.
 */
export async function seedFromFile(file: File): Promise<FakeWorkbookSeed> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const [{ notXlsxReason }, { seedFromXlsx }] = await Promise.all([
    import("../adapters/xlsx/sniff.js"),
    import("../fake-excel/seedFromXlsx.js"),
  ]);
  const reason = notXlsxReason(bytes);
  if (reason) throw new Error(`${file.name}: ${reason}`);
  return seedFromXlsx(bytes);
}
