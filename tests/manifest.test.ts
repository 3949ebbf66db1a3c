// Offline checks of manifest.xml. Microsoft's validator (`npm run validate`) needs the internet, so this
// catches the mistakes that stop an add-in loading without it: element order, ids, URLs, icons, pages.
import { existsSync, readFileSync, readdirSync } from "fs";
import { join, posix } from "path";
import { gzipSync } from "zlib";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { PNG } from "pngjs";
import { COMMAND_HANDLERS } from "../src/commands/handlers";
import { MIN_EXCEL_API } from "../src/taskpane/boot";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Child order of <OfficeApp xsi:type="TaskPaneApp">, from the XSD as documented in "How to find the proper
 * order of manifest elements" (https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering,
 * "Basic task pane add-in element ordering"); the OfficeApp complexType in OfficeAppManifestv1.1.xsd has
 * the same sequence. An element out of order makes the manifest invalid and the add-in does not load.
 */
const TASKPANE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
/** Elements a TaskPaneApp must have (the OfficeApp element reference, "Must contain"). */
const TASKPANE_APP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

/** The webpack config module (plain JS): the manifest's URL rewrite and the build's page list. */
interface WebpackConfigModule {
  (env: Record<string, unknown>, options: { mode: string }): Promise<{ plugins: unknown[] }>;
  urlDev: string;
  productionUrl(value?: string): string;
  normalisedUrl(value: string): string;
  CI_TEST_URL: string;
  rewriteManifestUrls(content: string, prodUrl: string): string;
}

const webpackConfig = require("../webpack.config.js") as WebpackConfigModule;

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElements(nodes: readonly OrderedNode[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) continue;
    const childNodes = node[name] as OrderedNode[];
    const text = childNodes
      .map((child) => child["#text"])
      .filter((value) => value !== undefined)
      .join("");
    elements.push({
      name,
      attrs: node[":@"] ?? {},
      children: toElements(childNodes),
      text: String(text),
    });
  }
  return elements;
}

/** Parses a manifest, keeping element order (which the schema cares about) and attributes. */
function parseManifest(xml: string): XmlElement {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const roots = toElements(parser.parse(xml) as OrderedNode[]);
  if (roots.length !== 1 || roots[0] === undefined) throw new Error("expected one root element");
  return roots[0];
}

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

function only(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((child) => child.name === name);
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  }
  return found[0];
}

function path(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(only, element);
}

/** Every URL the manifest points at: attribute values and text with a scheme (namespaces are names). */
function urlsIn(root: XmlElement): string[] {
  return [root, ...descendants(root)].flatMap((element) =>
    [
      ...Object.entries(element.attrs)
        .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
        .map(([, value]) => value),
      element.text,
    ]
      .map((value) => value.trim())
      .filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value))
  );
}

/** Resource id -> { kind, value } from <Resources>. */
function resources(root: XmlElement): Map<string, { kind: string; value: string }> {
  const byId = new Map<string, { kind: string; value: string }>();
  const resourceRoot = path(root, "VersionOverrides", "Resources");
  for (const group of resourceRoot.children) {
    for (const item of group.children) {
      const id = item.attrs.id;
      if (id === undefined) throw new Error(`resource in ${group.name} has no id`);
      if (byId.has(id)) throw new Error(`duplicate resource id ${id}`);
      byId.set(id, { kind: group.name, value: item.attrs.DefaultValue ?? "" });
    }
  }
  return byId;
}

function resolve(root: XmlElement, resid: string | undefined): string {
  const found = resid === undefined ? undefined : resources(root).get(resid);
  if (found === undefined) throw new Error(`resid ${String(resid)} is not defined`);
  return found.value;
}

function pngSize(file: string): { width: number; height: number } {
  const png = PNG.sync.read(readFileSync(file));
  return { width: png.width, height: png.height };
}

/** Icon URLs in the manifest with the pixel size each use requires. */
function iconRequirements(root: XmlElement): { url: string; sizes: number[] }[] {
  const needs: { url: string; sizes: number[] }[] = [
    // Sizes the IconUrl / HighResolutionIconUrl element references allow.
    { url: only(root, "IconUrl").attrs.DefaultValue ?? "", sizes: [32, 64] },
    { url: only(root, "HighResolutionIconUrl").attrs.DefaultValue ?? "", sizes: [64, 128] },
  ];
  for (const image of descendants(only(root, "VersionOverrides"))) {
    if (image.name === "bt:Image" && image.attrs.resid !== undefined) {
      needs.push({ url: resolve(root, image.attrs.resid), sizes: [Number(image.attrs.size)] });
    }
  }
  return needs;
}

/** Where the build gets the file it serves at `distPath`, from the webpack config's plugins. */
async function buildSourceOf(distPath: string): Promise<string | undefined> {
  const config = await webpackConfig({ ci: true }, { mode: "production" });
  for (const plugin of config.plugins as {
    userOptions?: { filename?: string; template?: string };
    patterns?: { from: string; to: string }[];
  }[]) {
    if (plugin.userOptions?.filename === distPath && plugin.userOptions.template !== undefined) {
      return posix.normalize(plugin.userOptions.template);
    }
    for (const pattern of plugin.patterns ?? []) {
      if (!pattern.from.includes("*")) {
        if (pattern.to === distPath) return pattern.from;
        continue;
      }
      const dir = posix.dirname(pattern.from);
      const glob = new RegExp(
        "^" + posix.basename(pattern.from).replace(/[.]/g, "\\.").replace(/\*/g, "[^/]*") + "$"
      );
      for (const file of readdirSync(join(ROOT, dir)).filter((name) => glob.test(name))) {
        const ext = posix.extname(file);
        const target = pattern.to
          .replace("[name]", posix.basename(file, ext))
          .replace("[ext]", ext);
        if (target === distPath) return posix.join(dir, file);
      }
    }
  }
  return undefined;
}

const sourceXml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const manifest = parseManifest(sourceXml);

describe("manifest.xml", () => {
  it("is well-formed XML with a TaskPaneApp root", () => {
    expect(XMLValidator.validate(sourceXml)).toBe(true);
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(manifest.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  it("lists OfficeApp's children in schema order, once each, with the required ones present", () => {
    const names = manifest.children.map((child) => child.name);
    const unknown = names.filter((name) => !TASKPANE_APP_ORDER.includes(name));
    expect(unknown).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    const positions = names.map((name) => TASKPANE_APP_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(TASKPANE_APP_REQUIRED.filter((name) => !names.includes(name))).toEqual([]);
  });

  it("has a GUID id, a four-part version and the agreed identity", () => {
    expect(only(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(only(manifest, "Version").text).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(only(manifest, "DefaultLocale").text).toBe("en-GB");
    expect(only(manifest, "DisplayName").attrs.DefaultValue).toBe("Action Plan Checker");
    expect(only(manifest, "ProviderName").text.trim()).not.toBe("");
    expect((only(manifest, "Description").attrs.DefaultValue ?? "").length).toBeGreaterThan(0);
  });

  it("targets Excel workbooks with read/write access and the ExcelApi floor boot.ts checks", () => {
    expect(only(manifest, "Hosts").children.map((host) => host.attrs.Name)).toEqual(["Workbook"]);
    expect(only(manifest, "Permissions").text).toBe("ReadWriteDocument");
    const sets = path(manifest, "Requirements", "Sets").children.map((set) => set.attrs);
    expect(sets).toEqual([{ Name: "ExcelApi", MinVersion: MIN_EXCEL_API }]);
    expect(path(manifest, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(
      "https://localhost:3000/taskpane.html"
    );
  });

  it('puts a "Check plan" button in an "Action Plan" group on the Home tab that opens the pane', () => {
    const overrides = only(manifest, "VersionOverrides");
    expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    const host = path(overrides, "Hosts", "Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const tab = path(host, "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = only(tab, "Group");
    expect(resolve(manifest, only(group, "Label").attrs.resid)).toBe("Action Plan");
    const button = only(group, "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    expect(resolve(manifest, only(button, "Label").attrs.resid)).toBe("Check plan");
    const action = only(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(resolve(manifest, only(action, "SourceLocation").attrs.resid)).toBe(
      path(manifest, "DefaultSettings", "SourceLocation").attrs.DefaultValue
    );
    expect(resolve(manifest, path(host, "DesktopFormFactor", "FunctionFile").attrs.resid)).toBe(
      "https://localhost:3000/commands.html"
    );
  });

  it("defines every resource it refers to, within the schema's string lengths", () => {
    const defined = resources(manifest);
    const referenced = descendants(manifest)
      .map((element) => element.attrs.resid)
      .filter((resid): resid is string => resid !== undefined);
    expect(referenced.filter((resid) => !defined.has(resid))).toEqual([]);
    for (const [id, { kind, value }] of defined) {
      const limit = kind === "bt:ShortStrings" ? 125 : kind === "bt:LongStrings" ? 250 : 2048;
      expect({ id, tooLong: value.length > limit }).toEqual({ id, tooLong: false });
    }
  });

  it("uses https for every URL", () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("names only files the build produces from files that exist", async () => {
    const local = [
      ...new Set(urlsIn(manifest).filter((url) => url.startsWith(webpackConfig.urlDev))),
    ];
    expect(local).toEqual(expect.arrayContaining(["https://localhost:3000/taskpane.html"]));
    for (const url of local) {
      const source = await buildSourceOf(url.slice(webpackConfig.urlDev.length));
      expect({
        url,
        source,
        exists: source !== undefined && existsSync(join(ROOT, source)),
      }).toEqual({
        url,
        source,
        exists: true,
      });
    }
  });

  it("uses icons of the pixel size each place requires", async () => {
    for (const { url, sizes } of iconRequirements(manifest)) {
      const source = await buildSourceOf(url.slice(webpackConfig.urlDev.length));
      const { width, height } = pngSize(join(ROOT, source ?? url));
      expect({ url, square: width === height, allowed: sizes.includes(width) }).toEqual({
        url,
        square: true,
        allowed: true,
      });
    }
  });

  it.each([16, 32, 64, 80, 128])("ships assets/icon-%i.png at exactly that size", (size) => {
    expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({
      width: size,
      height: size,
    });
  });

  it("registers a handler for every function command", () => {
    const functionNames = descendants(manifest)
      .filter(
        (element) => element.name === "Action" && element.attrs["xsi:type"] === "ExecuteFunction"
      )
      .map((action) => only(action, "FunctionName").text);
    expect(functionNames.filter((name) => !(name in COMMAND_HANDLERS))).toEqual([]);
  });
});

describe("the production manifest rewrite", () => {
  const prodUrl = "https://addins.example.org/action-plan-checker/";
  const rewritten = webpackConfig.rewriteManifestUrls(sourceXml, prodUrl);

  it("moves every localhost URL under ADDIN_PROD_URL and changes nothing else", () => {
    const before = urlsIn(manifest);
    const after = urlsIn(parseManifest(rewritten));
    expect(after).toEqual(before.map((url) => url.replace(webpackConfig.urlDev, prodUrl)));
    expect(rewritten).not.toContain(webpackConfig.urlDev);
    expect(rewritten.replaceAll(prodUrl, webpackConfig.urlDev)).toBe(sourceXml);
  });

  it.each([
    ["https://addins.camden.gov.uk/apc", "https://addins.camden.gov.uk/apc/"],
    ["https://addins.camden.gov.uk/apc/", "https://addins.camden.gov.uk/apc/"],
  ])("normalises ADDIN_PROD_URL %s to %s", (input, expected) => {
    expect(webpackConfig.productionUrl(input)).toBe(expected);
  });

  it.each(["http://addins.camden.gov.uk/", "addins.camden.gov.uk/apc/", "https://"])(
    "rejects ADDIN_PROD_URL %s",
    (input) => {
      expect(() => webpackConfig.productionUrl(input)).toThrow(/https/);
    }
  );

  it("fails a production build without ADDIN_PROD_URL, saying how to set it", () => {
    expect(() => webpackConfig.productionUrl("")).toThrow(
      /ADDIN_PROD_URL is not set.*npm run build:dev/
    );
  });

  it.each([
    "https://www.contoso.com/action-plan-checker/",
    "https://example.com/apc/",
    "https://addins.example.org/apc/",
    "https://localhost:3000/",
    "https://addin.invalid/action-plan-checker/",
    "https://apc.test/",
  ])("fails a production build at the placeholder %s", async (url) => {
    expect(() => webpackConfig.productionUrl(url)).toThrow(/placeholder/);
    const saved = process.env.ADDIN_PROD_URL;
    process.env.ADDIN_PROD_URL = url;
    try {
      await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/placeholder/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PROD_URL;
      else process.env.ADDIN_PROD_URL = saved;
    }
  });

  it("builds for CI at the undeployable test address, and for development at localhost", async () => {
    const manifestOf = async (env: Record<string, unknown>, mode: string) => {
      const config = await webpackConfig(env, { mode });
      const copy = (
        config.plugins as { patterns?: { from: string; transform?: (c: Buffer) => unknown }[] }[]
      )
        .flatMap((p) => p.patterns ?? [])
        .find((p) => p.from === "manifest*.xml");
      return String(copy?.transform ? copy.transform(Buffer.from(sourceXml)) : sourceXml);
    };
    expect(await manifestOf({ ci: true }, "production")).toContain(webpackConfig.CI_TEST_URL);
    expect(await manifestOf({}, "development")).toBe(sourceXml);
  });
});

// dist/ exists after `npm run build` (CI builds before testing); these check what was actually built.
const distXml = existsSync(join(DIST, "manifest.xml"))
  ? readFileSync(join(DIST, "manifest.xml"), "utf8")
  : undefined;
const describeDist = distXml === undefined ? describe.skip : describe;

describeDist("dist/ from `npm run build` (or `npm run build:ci`)", () => {
  // a skipped describe still runs its body: without dist/ there is nothing to parse
  if (distXml === undefined) {
    it.skip("needs dist/: run npm run build:ci first", () => undefined);
    return;
  }
  const built = parseManifest(distXml);
  const taskpaneUrl = path(built, "DefaultSettings", "SourceLocation").attrs.DefaultValue ?? "";
  const baseUrl = taskpaneUrl.replace(/taskpane\.html$/, "");
  // `npm run build:dev` leaves the dev URLs and does not minify; the size budget is for production.
  const itInProduction = baseUrl === webpackConfig.urlDev ? it.skip : it;
  const distFile = (url: string) => join(DIST, ...url.slice(baseUrl.length).split("/"));
  // The HTML is minified, so attribute values may be unquoted.
  const scriptsOf = (html: string) =>
    [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? ""
    );

  it("has a manifest whose URLs were all rewritten to one https base (or left for dev)", () => {
    expect(baseUrl).toMatch(/^https:\/\/.+\/$/);
    const expected = webpackConfig.rewriteManifestUrls(sourceXml, baseUrl);
    if (distXml !== expected) {
      throw new Error(
        "dist/manifest.xml is not manifest.xml rewritten to one base URL: run npm run build"
      );
    }
    if (baseUrl !== webpackConfig.urlDev && process.env.ADDIN_PROD_URL !== undefined) {
      expect(baseUrl).toBe(webpackConfig.productionUrl());
    }
  });

  it("contains every page and icon the manifest names, icons at the right size", () => {
    const local = urlsIn(built).filter((url) => url.startsWith(baseUrl));
    expect(local.length).toBeGreaterThan(3);
    expect(local.filter((url) => !existsSync(distFile(url)))).toEqual([]);
    for (const { url, sizes } of iconRequirements(built)) {
      const { width } = pngSize(distFile(url));
      expect({ url, allowed: sizes.includes(width) }).toEqual({ url, allowed: true });
    }
  });

  it.each([
    ["taskpane.html", "taskpane"],
    ["commands.html", "commands"],
  ])("%s loads office.js from the CDN first, then its own bundle", (page, entry) => {
    const scripts = scriptsOf(readFileSync(join(DIST, page), "utf8"));
    expect(scripts[0]).toBe(OFFICE_JS_CDN);
    const bundles = scripts.slice(1);
    expect(bundles.some((src) => src.startsWith(entry))).toBe(true);
    expect(bundles.filter((src) => !existsSync(join(DIST, src)))).toEqual([]);
  });

  it("does not bundle office.js", () => {
    const js = readdirSync(DIST).filter((file) => file.endsWith(".js"));
    expect(js.filter((file) => /office/i.test(file))).toEqual([]);
    // A marker of the office.js loader itself; our code only references the global.
    const bundling = js.filter((file) =>
      readFileSync(join(DIST, file), "utf8").includes("OSF._OfficeAppFactory")
    );
    expect(bundling).toEqual([]);
  });

  itInProduction("keeps the task pane's initial JS within 250 KiB gzipped", () => {
    const bundles = scriptsOf(readFileSync(join(DIST, "taskpane.html"), "utf8")).slice(1);
    const gzipped = bundles.reduce(
      (total, src) => total + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length,
      0
    );
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(250 * 1024);
  });
});
