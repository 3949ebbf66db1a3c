import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The task pane's initial JS: what taskpane.html loads before its first view. */
export interface BundleResult {
  readonly dist: string;
  /** Local scripts taskpane.html loads, with their gzipped sizes (office.js from Microsoft's CDN is not ours). */
  readonly initialFiles: ReadonlyArray<{
    readonly file: string;
    readonly bytes: number;
    readonly gzipBytes: number;
  }>;
  readonly initialGzipBytes: number;
  /** Every .js file in dist/, gzipped: initial plus the chunks loaded later. */
  readonly allJsGzipBytes: number;
  /** When dist/ was built: a stale build measures old code. */
  readonly builtAt: string;
}

const gz = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

/** The `src` of every `<script>` in an HTML page, quoted or not (html-webpack-plugin minifies quotes away). */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

/**
 * Measures dist/ as a production build left it; with `build` (or when dist/ has no taskpane.html) runs
 * `npm run build:ci` first: the same production bundle as `npm run build`, which refuses to run without
 * ADDIN_PROD_URL (only the manifest's address differs). Returns null when there is still no build to measure.
 */
export function measureBundle(
  root: string,
  options: { readonly build?: boolean } = {}
): BundleResult | null {
  const dist = join(root, "dist");
  const html = join(dist, "taskpane.html");
  if (options.build || !existsSync(html)) {
    execFileSync("npm", ["run", "build:ci"], { cwd: root, stdio: "ignore" });
  }
  if (!existsSync(html)) return null;
  const initialFiles = scriptSources(readFileSync(html, "utf8"))
    .filter((src) => !/^(https?:)?\/\//.test(src))
    .map((src) => {
      const file = src.replace(/^\.?\//, "").split(/[?#]/)[0] ?? src;
      const bytes = readFileSync(join(dist, file));
      return { file, bytes: bytes.length, gzipBytes: gz(bytes) };
    });
  const allJsGzipBytes = readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .reduce((n, f) => n + gz(readFileSync(join(dist, f))), 0);
  return {
    dist,
    initialFiles,
    initialGzipBytes: initialFiles.reduce((n, f) => n + f.gzipBytes, 0),
    allJsGzipBytes,
    builtAt: statSync(html).mtime.toISOString(),
  };
}

/** The bundle's figures, or null with a line saying why: a failed build must not lose the minutes of figures before it. */
export function measureBundleOrNull(
  root: string,
  build: boolean,
  log: (line: string) => void
): BundleResult | null {
  try {
    return measureBundle(root, { build });
  } catch (e) {
    log(`bundle: not measured (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
    return null;
  }
}
