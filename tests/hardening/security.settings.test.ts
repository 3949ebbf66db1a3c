import type { WorkbookPort } from "../../src/app/ports";
import { loadSettings, saveSettings } from "../../src/app/settings";
import { DEFAULT_CONFIG } from "../../src/core/schema";

/** A port whose saved settings are `raw`; everything else is unused by the settings use cases. */
function portWith(raw: unknown): WorkbookPort & { saved: unknown[] } {
  const saved: unknown[] = [];
  const unused = () => Promise.reject(new Error("not used"));
  return {
    saved,
    readGrid: unused,
    applyHighlights: unused,
    clearHighlights: unused,
    writeSheet: unused,
    appendRows: unused,
    loadSettings: () => Promise.resolve(raw),
    saveSettings: (v: unknown) => {
      saved.push(v);
      return Promise.resolve();
    },
  };
}

const HUGE = "x".repeat(5_000_000);

/** Settings a tampered or corrupt workbook could hold: each must give the defaults and a warning. */
const HOSTILE: ReadonlyArray<[string, unknown]> = [
  ["a JSON string, not an object", '{"amberDays":7}'],
  ["a number", 42],
  ["an array", [1, 2, 3]],
  ["amberDays as text", { amberDays: "28" }],
  ["amberDays negative", { amberDays: -1 }],
  ["amberDays not finite", { amberDays: Infinity }],
  ["amberDays huge", { amberDays: 1e308 }],
  ["a huge completeLabel", { completeLabel: HUGE }],
  ["a colour that is CSS", { completeColour: "red;background:url(http://evil)" }],
  ["a script as a colour", { completeColour: "<script>alert(1)</script>" }],
  ["an unknown issue code", { severity: { "rm -rf": "error" } }],
  ["an unknown severity", { severity: { "missing-owner": "fatal" } }],
  ["a sheet list of objects", { sheets: [{ toString: "x" }] }],
  ["a column that is a formula", { mappingOverrides: { "Plan!A1": { owner: "=HYPERLINK(1)" } } }],
  ["a column past Excel's letters", { mappingOverrides: { "Plan!A1": { owner: "ABCD" } } }],
  ["an unknown field", { mappingOverrides: { "Plan!A1": { salary: "C" } } }],
  ["a date that is not a date", { asOf: "31/01/2014" }],
  ["a required field that is not a field", { required: ["action", "__proto__"] }],
];

describe("settings read from the workbook are validated before use", () => {
  afterEach(() => {
    // nothing anywhere picked up a polluted prototype
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.prototype).not.toHaveProperty("amberDays");
  });

  it.each(HOSTILE)("falls back to the defaults with a warning for %s", async (_label, raw) => {
    const { config, warning } = await loadSettings(portWith(raw));
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(warning).toMatch(
      /^The settings saved in this workbook could not be used, so the defaults apply\. \(Invalid configuration\. /
    );
    // the warning names the problem but is a sentence, not a dump of a 5 MB value
    expect(warning!.length).toBeLessThan(2000);
  });

  it.each([
    ["__proto__ with a property", JSON.parse('{"__proto__":{"polluted":1},"amberDays":14}')],
    [
      "constructor.prototype",
      JSON.parse('{"constructor":{"prototype":{"polluted":1}},"amberDays":14}'),
    ],
    [
      "__proto__ inside mappingOverrides",
      JSON.parse('{"mappingOverrides":{"__proto__":{"polluted":"C"}}}'),
    ],
    ["__proto__ inside severity", JSON.parse('{"severity":{"__proto__":{"polluted":"error"}}}')],
    [
      "a valid override keyed __proto__",
      JSON.parse('{"mappingOverrides":{"__proto__":{"owner":"C"}}}'),
    ],
  ])("never pollutes a prototype from %s", async (_label, raw) => {
    const { config } = await loadSettings(portWith(raw));
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(config.mappingOverrides)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(config.severity)).toBe(Object.prototype);
    expect((config.mappingOverrides as Record<string, unknown>).owner).toBeUndefined();
    expect((config as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(config).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
    for (const key of ["__proto__", "constructor"]) {
      expect(Object.prototype.hasOwnProperty.call(config, key)).toBe(false);
    }
  });

  it("keeps good settings and drops unknown keys", async () => {
    const { config, warning } = await loadSettings(
      portWith({ amberDays: 14, unknown: "x", mappingOverrides: { "Plan!A4": { owner: "C" } } })
    );
    expect(warning).toBeNull();
    expect(config.amberDays).toBe(14);
    expect(config).not.toHaveProperty("unknown");
    expect(config.mappingOverrides).toEqual({ "Plan!A4": { owner: "C" } });
  });

  it.each([[null], [undefined]])(
    "uses the defaults silently when nothing is saved (%p)",
    async (raw) => {
      expect(await loadSettings(portWith(raw))).toEqual({ config: DEFAULT_CONFIG, warning: null });
    }
  );

  it("refuses to save invalid settings, and saves only validated ones", async () => {
    const port = portWith(null);
    expect(await saveSettings(port, { amberDays: "soon" })).toMatchObject({ ok: false });
    expect(port.saved).toEqual([]);
    const ok = await saveSettings(port, JSON.parse('{"amberDays":3,"__proto__":{"polluted":1}}'));
    expect(ok).toMatchObject({ ok: true });
    expect(port.saved).toHaveLength(1);
    expect(JSON.stringify(port.saved[0])).not.toContain("polluted");
  });
});
