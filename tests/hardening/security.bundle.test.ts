import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
// APC_DIST checks a build written elsewhere (webpack --output-path)
const DIST = process.env.APC_DIST ?? join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** CSP directives → their sources, from the page's `<meta http-equiv="Content-Security-Policy">`. */
function cspOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  const content = meta ? /content=(?:"([^"]*)"|'([^']*)')/i.exec(meta) : null;
  const value = content?.[1] ?? content?.[2];
  if (!value) return null;
  return new Map(
    value
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources])
  );
}

/** What the add-in's pages must allow: their own origin, and office.js from Microsoft's CDN. */
function expectStrictCsp(html: string): void {
  const csp = cspOf(html);
  expect(csp).not.toBeNull();
  expect(csp!.get("default-src")).toEqual(["'self'"]);
  expect(csp!.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
  expect(csp!.get("connect-src")).toEqual(["'self'"]);
  expect(csp!.get("object-src")).toEqual(["'none'"]);
  expect(csp!.get("base-uri")).toEqual(["'self'"]);
  expect(csp!.get("img-src")).toEqual(["'self'", "data:"]);
  // Griffel (Fluent UI's CSS-in-JS) inserts <style> elements at run time
  expect(csp!.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  // nothing else opens the page to another origin
  const others = [...csp!.entries()].flatMap(([name, sources]) =>
    sources.filter(
      (s) => /^(https?:|\*|wss?:)/.test(s) && !(name === "script-src" && s === OFFICE_CDN)
    )
  );
  expect(others).toEqual([]);
  // the policy comes before any script, or it would not cover it
  const meta = html.search(/http-equiv=["']?Content-Security-Policy/i);
  const script = html.search(/<script\b/i);
  expect(meta).toBeGreaterThan(-1);
  expect(script === -1 || meta < script).toBe(true);
  // scripts: office.js from the CDN, the rest from this origin; no inline script
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\ssrc=["']?([^"'\s>]+)/i.exec(m[1] ?? "")?.[1];
    expect(src).toBeDefined();
    expect(src === OFFICE_JS || !/^[a-z]+:|^\/\//i.test(src!)).toBe(true);
    expect((m[2] ?? "").trim()).toBe("");
  }
}

describe("Content-Security-Policy of the page sources", () => {
  it.each(["src/taskpane/taskpane.html", "src/commands/commands.html"])("%s", (page) => {
    expectStrictCsp(readFileSync(join(ROOT, page), "utf8"));
  });
});

/**
 * Network APIs a page could use on its own. None may appear in any chunk, vendor chunks included
 * (React, Fluent UI, zod and the webpack runtime were inspected: none of them uses one).
 */
const NETWORK: ReadonlyArray<[string, RegExp]> = [
  ["fetch", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["sendBeacon", /\bsendBeacon\b/],
  ["EventSource", /\bEventSource\b/],
  ["RTCPeerConnection", /\bRTCPeerConnection\b/],
  ["importScripts call", /\bimportScripts\s*\(/],
  ["workers", /\bnew\s+(Shared)?Worker\s*\(/],
  ["service workers", /\bserviceWorker\b/],
  ["window.open", /\bwindow\.open\s*\(/],
  ["form submit", /\.submit\s*\(\s*\)/],
];

/**
 * URLs that appear as strings in vendor code and are never requested: XML namespaces React and Fluent
 * use to create SVG/MathML elements; the address React prints in its minified error messages; zod's
 * JSON Schema `$schema` identifiers (written into schemas it exports, never fetched) and the
 * `new URL("http://[…]")` it parses to validate an IPv6 address.
 */
const INERT_URLS = [
  /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|1999\/xlink|2000\/svg|XML\/1998\/namespace)$/,
  /^https:\/\/(reactjs\.org\/docs\/error-decoder\.html|react\.dev\/errors\/)/,
  /^https?:\/\/json-schema\.org\/(draft-04\/schema#|draft-07\/schema#|draft\/2020-12\/schema)$/,
  /^http:\/\/\[\$\{\w+\}\]$/,
  // JSZip's error message points at its documentation (the xlsx-merges chunk, ExcelApi before 1.13)
  /^https:\/\/stuk\.github\.io\/jszip\/documentation\//,
];

const hasDist = existsSync(join(DIST, "taskpane.html"));
if (!hasDist) {
  console.log(
    "security.bundle: dist/ is absent, so the built-bundle checks are skipped. Run `npm run build` first (CI does)."
  );
}

(hasDist ? describe : describe.skip)("the built bundle (dist/)", () => {
  const chunks = hasDist ? readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];
  const read = (f: string) => readFileSync(join(DIST, f), "utf8");

  it("is built from the current pages", () => {
    // a dist/ older than the page templates would test yesterday's policy
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const built = statSync(
        join(DIST, page.endsWith("taskpane.html") ? "taskpane.html" : "commands.html")
      );
      expect([page, built.mtimeMs >= statSync(join(ROOT, page)).mtimeMs]).toEqual([page, true]);
    }
    expect(chunks.length).toBeGreaterThan(1);
  });

  it.each(["taskpane.html", "commands.html"])(
    "dist/%s has the CSP with only self and the office.js CDN",
    (page) => {
      expectStrictCsp(read(page));
    }
  );

  it.each(NETWORK)("no chunk calls %s", (_name, api) => {
    expect(chunks.filter((f) => api.test(read(f)))).toEqual([]);
  });

  it("mentions importScripts only where webpack's runtime detects a worker (never calls it)", () => {
    const uses = chunks.flatMap((f) =>
      [...read(f).matchAll(/.{0,3}importScripts.{0,2}/g)].map((m) => m[0])
    );
    // webpack's "publicPath: auto" asks `self.importScripts && …` to tell a worker from a page; JSZip's
    // setImmediate polyfill asks `postMessage && !importScripts` (a page, not a worker)
    for (const u of uses) expect(u).toMatch(/\.importScripts&&|!\w+\.importScripts\)/);
    console.log(
      `bundle scan: ${chunks.length} chunks; importScripts feature tests: ${uses.length}`
    );
  });

  it("holds no URL but inert vendor strings, so nothing is loaded from elsewhere", () => {
    const urls = chunks.flatMap((f) =>
      [...read(f).matchAll(/(?:https?:|wss?:)\/\/[^\s"'`)\\]+/g)].map((m) => m[0])
    );
    expect(urls.filter((u) => !INERT_URLS.some((ok) => ok.test(u)))).toEqual([]);
  });

  it("does not bundle office.js (it comes from the CDN)", () => {
    expect(
      chunks.filter((f) =>
        /OSF\.|Office\.onReady\s*=|OfficeExtension\.ClientRequestContext\s*=/.test(read(f))
      )
    ).toEqual([]);
  });
});
