/**
 * No import cycle outside src/fake-excel (issue 17): a cycle means two modules cannot be understood, tested
 * or loaded lazily one without the other (cli/main and cli/demo once imported each other). Reads every
 * source's relative imports (type-only imports included: they still tie the files' meanings together).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "..", "..", "src");
const ALLOWED_PREFIX = "fake-excel/";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    `${base}.ts`,
    `${base}.tsx`,
    join(base, "index.ts"),
    join(base, "index.tsx"),
  ]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const IMPORT =
  /(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']|require\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2] ?? "");
      if (target) targets.push(target);
    }
    edges.set(file, targets);
  }
  return edges;
}

/** Every cycle found by a depth-first walk, each as its files relative to src/. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open")
        found.push(stack.slice(stack.indexOf(next)).map((f) => relative(SRC, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe("the import graph", () => {
  const edges = graph();

  it("is read from the sources (a broken parser would find nothing)", () => {
    expect(edges.size).toBeGreaterThan(100);
    expect([...edges.values()].flat().length).toBeGreaterThan(300);
  });

  it("has no cycle outside src/fake-excel", () => {
    const bad = cycles(edges).filter((c) => !c.every((f) => f.startsWith(ALLOWED_PREFIX)));
    expect(bad.map((c) => c.join(" → "))).toEqual([]);
  });
});
