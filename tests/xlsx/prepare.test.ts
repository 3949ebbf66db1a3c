/**
 * `prepare FILE --out DIR` on every fixture: the copy's sheets gain the tidy plan's status dropdown, colour
 * rules and due-date prompt beside their own validations and conditional formats, no value of the plan
 * changes (the lossless checker), a second run gives the same copy, --undo gives back the original
 * sheets, and the status column is added only with --add-status-column.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookGrid } from "../../src/adapters/xlsx/read";
import { WorkbookPackage } from "../../src/adapters/xlsx/package/workbookPackage";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/engine";
import { parseConfig } from "../../src/core/schema";
import { TIDY_NAMESPACE } from "../../src/core/tidy/manifest";
import { planTidy } from "../../src/core/tidy/plan";
import { checkLossless } from "../support/losslessPackage";

const FIXTURES = join(__dirname, "..", "fixtures");
const NAMES = readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx"));
const AS_OF = "2014-01-31";
const dir = mkdtempSync(join(tmpdir(), "apc-prepare-"));
const config = (() => {
  const c = parseConfig({ asOf: AS_OF });
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, "--as-of", AS_OF], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    errIsTty: false,
  });
  return { code, out: out.join(""), err: err.join("") };
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir) out.set(name, await f.async("string"));
  return out;
}

function sheetXml(bytes: Uint8Array, sheet: string): string {
  const pkg = new WorkbookPackage(bytes);
  return pkg.pkg.text(pkg.workbook.sheets().find((s) => s.name === sheet)!.part!)!;
}

const base = (name: string) => name.replace(/\.xlsx$/, "");

describe.each(NAMES)("prepare %s", (name) => {
  const input = join(FIXTURES, name);
  const original = readFileSync(input);
  let prepared: Buffer;
  beforeAll(async () => {
    const r = await run(["prepare", input, "--out", join(dir, "once")]);
    expect(r.code).toBe(0);
    prepared = readFileSync(join(dir, "once", `${base(name)}.prepared.xlsx`));
  });

  it("changes no value, keeps every validation and conditional format of the sheet's own", async () => {
    const result = await checkLossless(original, prepared, { growOnly: ["dataValidations"] });
    expect(result.problems).toEqual([]);
  });

  it("adds the tidy plan's dropdown, colour rules and date prompt", async () => {
    const grid = await readWorkbookGrid(original);
    const plan = planTidy(checkWorkbook(grid, config, AS_OF, name), grid);
    for (const t of plan) {
      const before = sheetXml(original, t.sheet);
      const xml = sheetXml(prepared, t.sheet);
      const ownHere = (sqref: string) => before.includes(`sqref="${sqref}"`);
      if (t.statusRange && t.statusList && !ownHere(t.statusRange)) {
        expect(xml).toMatch(new RegExp(`<dataValidation type="list"[^>]*sqref="${t.statusRange}"`));
        const words = t.statusList.words.join(",");
        expect(xml).toContain(`<formula1>&quot;${words}&quot;</formula1>`);
      }
      if (t.statusRange && t.statusRules.length)
        expect(xml).toContain(`<conditionalFormatting sqref="${t.statusRange}">`);
      if (t.dueRange && !ownHere(t.dueRange))
        expect(xml).toMatch(
          new RegExp(
            `<dataValidation type="date"[^>]*promptTitle="Due date"[^>]*sqref="${t.dueRange}"`
          )
        );
    }
    const tidyParts = [...(await parts(prepared))].filter(
      ([part, x]) => /^customXml\/item\d+\.xml$/.test(part) && x.includes(TIDY_NAMESPACE)
    );
    expect(tidyParts).toHaveLength(plan.some((t) => t.dueRange || t.statusRange) ? 1 : 0);
  });

  it("gives the same copy when run again on the copy", async () => {
    const r = await run([
      "prepare",
      join(dir, "once", `${base(name)}.prepared.xlsx`),
      "--out",
      join(dir, "twice"),
    ]);
    expect(r.code).toBe(0);
    const again = await parts(readFileSync(join(dir, "twice", `${base(name)}.prepared.xlsx`)));
    const first = await parts(prepared);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [part, text] of first)
      expect({ part, text: again.get(part) }).toEqual({ part, text });
  });

  it("--undo takes out exactly what was added: every sheet as it was", async () => {
    const r = await run([
      "prepare",
      join(dir, "once", `${base(name)}.prepared.xlsx`),
      "--out",
      join(dir, "undo"),
      "--undo",
    ]);
    expect(r.code).toBe(0);
    const undone = await parts(readFileSync(join(dir, "undo", name)));
    const before = await parts(original);
    for (const [part, text] of before) {
      // styles keep the colour rules' formats (styles only grow; nothing points at them any more)
      if (/styles\.xml$/.test(part)) continue;
      expect({ part, text: undone.get(part) }).toEqual({ part, text });
    }
    expect([...undone.keys()].filter((p) => !before.has(p))).toEqual([]);
  });
});

describe("prepare with and without consent to a status column", () => {
  const input = join(FIXTURES, "002-southend-sen-strategy.xlsx");

  it("only offers the column without --add-status-column", async () => {
    const r = await run(["prepare", input, "--out", join(dir, "offer")]);
    expect(r.out).toMatch(/no status column\. Offer: a "RAG status" column in column F/);
    const xml = sheetXml(
      readFileSync(join(dir, "offer", "002-southend-sen-strategy.prepared.xlsx")),
      "Action Plan"
    );
    expect(xml).not.toContain("RAG status");
    expect(xml).not.toContain('type="list"');
  });

  it("adds the header and its dropdown with --add-status-column, and undo takes them out", async () => {
    const r = await run(["prepare", input, "--out", join(dir, "consent"), "--add-status-column"]);
    expect(r.code).toBe(0);
    const copy = readFileSync(join(dir, "consent", "002-southend-sen-strategy.prepared.xlsx"));
    expect(
      (await checkLossless(readFileSync(input), copy, { growOnly: ["dataValidations"] })).problems
    ).toEqual([]);
    const grid = await readWorkbookGrid(readFileSync(input));
    const table = checkWorkbook(grid, config, AS_OF, "x").tables[0]!;
    const xml = sheetXml(copy, "Action Plan");
    expect(xml).toMatch(
      new RegExp(`<c r="F${table.headerRow}"[^>]*t="inlineStr"><is><t>RAG status</t>`)
    );
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="F\d+:F\d+"/);
    // the copy, read again, has a status column the checker maps
    const again = await readWorkbookGrid(copy);
    expect(checkWorkbook(again, config, AS_OF, "x").tables[0]?.columns.status).toBe("F");

    const u = await run([
      "prepare",
      join(dir, "consent", "002-southend-sen-strategy.prepared.xlsx"),
      "--out",
      join(dir, "consent-undo"),
      "--undo",
    ]);
    expect(u.code).toBe(0);
    expect(
      sheetXml(
        readFileSync(join(dir, "consent-undo", "002-southend-sen-strategy.xlsx")),
        "Action Plan"
      )
    ).toBe(sheetXml(readFileSync(input), "Action Plan"));
  });
});

describe("prepare beside a sheet's own validation and colour rule", () => {
  let path: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["Ref", "Action", "Lead", "Target date", "RAG status"]);
    ws.addRow(["1", "Publish the local offer", "SEND manager", "31/03/2024", "On track"]);
    ws.addRow(["2", "Review EHCP timeliness", "Head of SEND", "June 2024", "Off track"]);
    ws.addRow(["3", "Launch the parent panel", "Participation lead", "2023", "Complete"]);
    ws.getCell("E2").dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"On track,Off track"'],
    };
    ws.addConditionalFormatting({
      ref: "A2:A4",
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: ['A2="3"'],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF00B0F0" } } },
        },
      ],
    });
    path = join(dir, "own.xlsx");
    await wb.xlsx.writeFile(path);
  });

  it("keeps the sheet's dropdown (adding none over it) and adds its rules after the sheet's own", async () => {
    const r = await run(["prepare", path, "--out", join(dir, "own")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /Plan!E2:E4: the sheet's own validation is kept; no status dropdown added\./
    );
    const copy = readFileSync(join(dir, "own", "own.prepared.xlsx"));
    expect(
      (await checkLossless(readFileSync(path), copy, { growOnly: ["dataValidations"] })).problems
    ).toEqual([]);
    const xml = sheetXml(copy, "Plan");
    expect(xml.match(/<dataValidation type="list"/g)).toHaveLength(1);
    expect(xml).toMatch(/<dataValidation type="date"[^>]*sqref="D2:D4"/);
    const cf = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(cf).toEqual(["A2:A4", "E2:E4"]);
    // ours after the sheet's own rule, in the palette's colours
    expect(xml).toMatch(
      /<cfRule type="cellIs" dxfId="\d+" priority="2" operator="equal"><formula>&quot;On track&quot;<\/formula>/
    );
  });
});
