import { readFile, mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";
import { DEFAULT_CONFIG } from "../core/schema";
import { formatText } from "./formatText";
import type { Io } from "./main";
import { buildReport } from "../app/report";
import { checkFile, type CheckedFile } from "./checkFile";
import { writeCheckedCopies, writeRollupFile } from "./outputs";

const samplesSchema = z.object({
  samples: z.array(z.object({ file: z.string(), title: z.string(), asOf: z.string() })),
});

/** Where the bundled samples live: two levels up from build/cli (compiled) and from src/cli (ts-jest). */
export const SAMPLES_DIR = resolve(__dirname, "..", "..", "assets", "samples");

/**
 * The main job in one command: check the bundled sample plans, each as of its fixed report date, print
 * the text report, and write the checked copies and a roll-up under `outDir`.
 */
export async function runDemo(outDir: string, io: Io): Promise<number> {
  const dir = await findSamples();
  const manifest = samplesSchema.parse(
    JSON.parse(await readFile(join(dir, "samples.json"), "utf8"))
  );
  await mkdir(outDir, { recursive: true });
  let worst = 0;
  const checked: CheckedFile[] = [];
  for (const s of manifest.samples) {
    const config = { ...DEFAULT_CONFIG, asOf: s.asOf };
    const file = await checkFile(join(dir, s.file), config, s.asOf);
    checked.push(file);
    io.out(`== ${s.title}, as of ${s.asOf}\n${formatText(buildReport([file], s.asOf))}\n\n`);
    const copies = await writeCheckedCopies([file], config, s.asOf, outDir, { snapshot: true });
    for (const f of copies.failed) io.err(`${f.error}\n`);
    worst = Math.max(worst, file.report.error || copies.failed.length ? 2 : 0);
  }
  const latest =
    manifest.samples
      .map((s) => s.asOf)
      .sort()
      .at(-1) ?? "2014-01-31";
  const rollup = join(outDir, "rollup.xlsx");
  await writeRollupFile(checked, { ...DEFAULT_CONFIG, asOf: latest }, latest, rollup, {
    asOfByFile: Object.fromEntries(manifest.samples.map((s) => [s.file, s.asOf])),
  });
  io.out(`Checked copies and ${rollup} written under ${outDir}/\n`);
  return worst;
}

async function findSamples(): Promise<string> {
  try {
    await readFile(join(SAMPLES_DIR, "samples.json"));
    return SAMPLES_DIR;
  } catch {
    throw new Error(`cannot find the sample plans in ${SAMPLES_DIR}.`);
  }
}
