import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Ways a page turns text into markup or code. Cell text must only ever reach React as text. */
const MARKUP_SINKS: ReadonlyArray<[string, RegExp]> = [
  ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["document.write", /\bdocument\.write(ln)?\s*\(/],
  ["createContextualFragment", /\bcreateContextualFragment\b/],
  ["DOMParser", /\bDOMParser\b/],
  ["srcdoc", /\bsrcdoc\b/i],
  ["eval", /(^|[^.\w])eval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["string timers", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ["javascript: URLs", /javascript:/i],
];

describe("the pane renders cell text as text only", () => {
  const files = sourceFiles(SRC);

  it("finds the pane's source to scan", () => {
    const pane = files.filter((f) => f.includes(`${join("src", "taskpane")}`));
    console.log(`text-only scan: ${files.length} source files, ${pane.length} in src/taskpane`);
    expect(pane.length).toBeGreaterThan(10);
  });

  it.each(MARKUP_SINKS)("no source file uses %s", (_name, sink) => {
    const hits = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          sink.test(line) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : []
        )
    );
    expect(hits).toEqual([]);
  });
});
