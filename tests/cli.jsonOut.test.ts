import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../src/app/report";
import { checkFile } from "../src/cli/checkFile";
import { jsonPieces, writeJson } from "../src/cli/jsonOut";
import { DEFAULT_CONFIG } from "../src/core/schema/config";

const fixtures = join(__dirname, "fixtures");
const plans = readdirSync(fixtures)
  .filter((n) => n.endsWith(".xlsx"))
  .sort()
  .map((n) => join(fixtures, n));

async function written(value: unknown): Promise<{ text: string; writes: number }> {
  let text = "";
  let writes = 0;
  await writeJson(value, async (t) => {
    writes += 1;
    text += t;
    await Promise.resolve();
  });
  return { text, writes };
}

describe("the JSON report written in pieces", () => {
  it("is JSON.stringify(report, null, 2) byte for byte on the fixture plans' batch report", async () => {
    const files = [];
    for (const p of plans) files.push(await checkFile(p, DEFAULT_CONFIG, "2014-03-31"));
    const report = buildReport(files, "2014-03-31");
    const { text, writes } = await written(report);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    // a batch report of this size goes out in several writes, never as one string
    expect(writes).toBeGreaterThan(1);
  });

  it("keeps JSON.stringify's rules for odd values at every depth", async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ i, of: [i] }));
    const odd = {
      empty: [],
      none: {},
      gone: undefined,
      fn: () => 1,
      text: 'line one\nline "two"\u2028',
      nums: [1, -0, Number.NaN, Infinity, 1e21],
      holes: [undefined, () => 2, null],
      date: new Date(Date.UTC(2014, 2, 31)),
      withToJson: { toJSON: () => ({ swapped: [1, { deep: [[], {}, [[["x"]]]] }] }) },
      deep: { a: { b: { c: { d: { e: [1, { f: "g" }] } } } } },
      onlySkipped: { u: undefined },
      // deep enough that the array is written a slice of elements at a time, across slices
      sliced: { b: { c: { d: { e: [undefined, { x: [1, []] }, "s\nt", ...many] } } } },
      // below the split depth a long list (a verdict reason's actions) is still written in slices
      below: { b: { c: { d: { e: { f: [() => 3, { x: [1, []] }, "s\nt", ...many] } } } } },
    };
    expect((await written(odd)).text).toBe(`${JSON.stringify(odd, null, 2)}\n`);
    for (const v of [[], {}, "s", 3, null, [[[]]], [{}]]) {
      expect([...jsonPieces(v)].join("")).toBe(JSON.stringify(v, null, 2));
    }
  });
});
