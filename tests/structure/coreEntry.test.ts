/**
 * The core has no single entrance (issue 17, item 6): src/core/index.ts called itself the core's public API
 * but nothing imported it, so it only drifted from what callers use. Callers import the module that holds
 * what they need (core/engine, core/schema, core/issues/catalogue…). This fails if the barrel comes back
 * or something imports the core folder as a whole.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const CORE = join(ROOT, "src", "core");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "fixtures") return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|mjs|js)$/.test(name) ? [path] : [];
  });
}

const SPEC = /(?:from\s+|import\(\s*|require\(\s*)["'](\.{1,2}\/[^"']*)["']/g;

describe("the core's entrance", () => {
  it("has no barrel", () => {
    expect(existsSync(join(CORE, "index.ts"))).toBe(false);
  });

  it("is never imported as a folder: each import names a module inside core", () => {
    const files = [...sources(join(ROOT, "src")), ...sources(join(ROOT, "tests"))];
    expect(files.length).toBeGreaterThan(300);
    const whole: string[] = [];
    let intoCore = 0;
    for (const file of files) {
      for (const m of readFileSync(file, "utf8").matchAll(SPEC)) {
        const target = resolve(dirname(file), m[1] ?? "");
        if (target === CORE || target === join(CORE, "index")) whole.push(relative(ROOT, file));
        else if (target.startsWith(CORE + "/")) intoCore++;
      }
    }
    expect(intoCore).toBeGreaterThan(100);
    expect(whole).toEqual([]);
  });
});
