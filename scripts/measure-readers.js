#!/usr/bin/env node
"use strict";
// Issue 14: the libraries a package reader could be built on, measured against ExcelJS on the 100,000-row
// bench workbook (speed, peak memory) and on the foreign corpus (files read without an exception).
// The candidates are not dependencies: install them for the run only, then build the CLI:
//   npm install --no-save --ignore-scripts fflate txml @e965/xlsx && npm run build:cli
//   node scripts/measure-readers.js [--rows 100000] [--no-corpus]
// Each measurement runs in a fresh Node process so one's garbage never weighs on another's figures.
const { fork } = require("node:child_process");
const { readdirSync, readFileSync, mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const BUILD = join(ROOT, "build");
const CORPUS = join(ROOT, "tests", "fixtures", "foreign");

/** Tries a candidate; a missing one is reported as such rather than failing the run. */
function optional(name) {
  try {
    return require(name);
  } catch {
    return null;
  }
}

/** The bench workbook's first sheet part, as bytes inflated and as text. */
async function sheetXml(bytes) {
  const { ZipPackage } = require(join(BUILD, "adapters/xlsx/readZip.js"));
  const zip = new ZipPackage(bytes);
  const entry = zip.list().find((e) => /worksheets\/sheet1\.xml$/i.test(e.name));
  return zip.text(entry);
}

/** Each case: what it does with the workbook bytes (or the sheet's XML text for the parsers). */
const CASES = {
  "exceljs load": async (b) => {
    const ExcelJS = require("exceljs");
    await new ExcelJS.Workbook().xlsx.load(b);
  },
  "sheetjs read (@e965/xlsx)": async (b) => {
    optional("@e965/xlsx").read(b, { type: "buffer" });
  },
  "package reader (fflate + tokenizer), grid": async (b) => {
    await require(join(BUILD, "adapters/xlsx/readPackage.js")).readXlsxGrid(b);
  },
  "package reader (Node zlib + tokenizer), grid": async (b) => {
    const { nodeInflater } = require(join(BUILD, "adapters/xlsx/readZipNode.js"));
    await require(join(BUILD, "adapters/xlsx/readPackage.js")).readXlsxGrid(b, {
      inflater: nodeInflater,
    });
  },
  "zip: jszip, sheet1 inflated whole": async (b) => {
    const zip = await require("jszip").loadAsync(b);
    await zip.file(/worksheets\/sheet1\.xml$/i)[0].async("uint8array");
  },
  "zip: fflate unzipSync, sheet1 whole": async (b) => {
    optional("fflate").unzipSync(b, { filter: (f) => /worksheets\/sheet1\.xml$/i.test(f.name) });
  },
  "zip: fflate Inflate, sheet1 in 256 KB slices": async (b) => {
    const { ZipPackage } = require(join(BUILD, "adapters/xlsx/readZip.js"));
    const zip = new ZipPackage(b);
    const entry = zip.list().find((e) => /worksheets\/sheet1\.xml$/i.test(e.name));
    let n = 0;
    await zip.stream(entry, (c) => (n += c.length));
  },
  "zip: Node zlib stream, sheet1 in 256 KB pieces (chosen in Node)": async (b) => {
    const { ZipPackage } = require(join(BUILD, "adapters/xlsx/readZip.js"));
    const { nodeInflater } = require(join(BUILD, "adapters/xlsx/readZipNode.js"));
    const zip = new ZipPackage(b, nodeInflater);
    const entry = zip.list().find((e) => /worksheets\/sheet1\.xml$/i.test(e.name));
    let n = 0;
    await zip.stream(entry, (c) => (n += c.length));
  },
  "xml: saxes (streaming SAX)": async (_b, xml) => {
    const { SaxesParser } = require("saxes");
    const p = new SaxesParser();
    let cells = 0;
    p.on("opentag", (t) => {
      if (t.name === "c") cells++;
    });
    p.on("text", () => undefined);
    for (let i = 0; i < xml.length; i += 65536) p.write(xml.slice(i, i + 65536));
    p.close();
  },
  "xml: fast-xml-parser (whole document to objects)": async (_b, xml) => {
    const { XMLParser } = require("fast-xml-parser");
    new XMLParser({ ignoreAttributes: false }).parse(xml);
  },
  "xml: txml (whole document to a DOM)": async (_b, xml) => {
    optional("txml").parse(xml);
  },
  "xml: own tokenizer (streaming, chosen)": async (_b, xml) => {
    const { XmlTokenizer } = require(join(BUILD, "adapters/xlsx/readXml.js"));
    let cells = 0;
    const t = new XmlTokenizer({
      wantText: false,
      open: (name) => {
        if (name === "c") cells++;
      },
      close: () => undefined,
      text: () => undefined,
    });
    for (let i = 0; i < xml.length; i += 65536) t.write(xml.slice(i, i + 65536));
  },
};

const NEEDS = {
  "sheetjs read (@e965/xlsx)": "@e965/xlsx",
  "zip: fflate unzipSync, sheet1 whole": "fflate",
  "xml: txml (whole document to a DOM)": "txml",
};

/** In a child: runs one case on the file, sampling RSS every 5 ms; reports ms and peak MB. */
async function child(name, path) {
  const bytes = readFileSync(path);
  const xml = name.startsWith("xml:") ? await sheetXml(bytes) : null;
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  await CASES[name](bytes, xml);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.send({ ms, peakMB: peak / 1048576, addedMB: (peak - base) / 1048576 });
}

/** In a child: reads every corpus file with one library; counts what it reads without throwing. */
async function corpusChild(lib) {
  const files = readdirSync(CORPUS).filter((n) => /\.xls[xm]$/i.test(n));
  let read = 0;
  const t0 = performance.now();
  for (const f of files) {
    const b = readFileSync(join(CORPUS, f));
    try {
      if (lib === "exceljs") await new (require("exceljs").Workbook)().xlsx.load(b);
      else if (lib === "sheetjs") optional("@e965/xlsx").read(b, { type: "buffer" });
      else await require(join(BUILD, "adapters/xlsx/readPackage.js")).readXlsxGrid(b);
      read++;
    } catch {
      // counted as not read
    }
  }
  process.send({ files: files.length, read, ms: performance.now() - t0 });
}

function run(args, timeoutMs) {
  return new Promise((resolve) => {
    const c = fork(__filename, args, {
      execArgv: ["--expose-gc", "--max-old-space-size=4096"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result = null;
    const timer = setTimeout(() => c.kill("SIGKILL"), timeoutMs);
    c.on("message", (m) => (result = m));
    c.on("exit", () => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

async function parent(argv) {
  const rows = Number(argv[argv.indexOf("--rows") + 1]) || 100_000;
  const { generatePlan } = require(join(BUILD, "bench/generate.js"));
  const { writePlanXlsx } = require(join(BUILD, "bench/peers.js"));
  const path = join(mkdtempSync(join(tmpdir(), "apc-readers-")), `plan-${rows}.xlsx`);
  await writePlanXlsx(generatePlan(rows), path);
  const size = readFileSync(path).length;
  const xmlBytes = Buffer.byteLength(await sheetXml(readFileSync(path)));
  const lines = [
    `Workbook: ${rows.toLocaleString("en-GB")} action rows, ${(size / 1e6).toFixed(1)} MB .xlsx, first sheet's XML ${(xmlBytes / 1e6).toFixed(0)} MB (the zip and XML cases work on that sheet). Node ${process.version}.`,
    "",
    "| Case | ms | peak RSS MB | RSS added MB |",
    "|---|---:|---:|---:|",
  ];
  for (const name of Object.keys(CASES)) {
    if (NEEDS[name] && !optional(NEEDS[name])) {
      lines.push(`| ${name} | not installed | | |`);
      continue;
    }
    const r = await run(["--case", name, path], 600_000);
    lines.push(
      r
        ? `| ${name} | ${r.ms.toFixed(0)} | ${r.peakMB.toFixed(0)} | ${r.addedMB.toFixed(0)} |`
        : `| ${name} | failed or over 600 s | | |`
    );
    process.stderr.write(`${lines[lines.length - 1]}\n`);
  }
  if (!argv.includes("--no-corpus")) {
    lines.push("", "| Corpus (405 files) | files read without an exception | total s |", "|---|---:|---:|");
    for (const lib of argv.includes("--no-exceljs-corpus")
      ? ["sheetjs", "package reader"]
      : ["exceljs", "sheetjs", "package reader"]) {
      const r = await run(["--corpus", lib], 900_000);
      lines.push(
        r ? `| ${lib} | ${r.read} of ${r.files} | ${(r.ms / 1000).toFixed(1)} |` : `| ${lib} | over 900 s | |`
      );
      process.stderr.write(`${lines[lines.length - 1]}\n`);
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

const argv = process.argv.slice(2);
if (argv[0] === "--case") child(argv[1], argv[2]);
else if (argv[0] === "--corpus") corpusChild(argv[1]);
else parent(argv);
