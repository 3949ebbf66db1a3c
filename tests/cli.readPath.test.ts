// The CLI's read path: checking goes through the package reader without loading ExcelJS, and a fault
// nobody foresaw on one file is that file's error sentence while the rest of the batch is checked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { captureIo } from "./support/captureIo";

const FIXTURES = join(__dirname, "fixtures");
const SEN = join(FIXTURES, "002-southend-sen-strategy.xlsx");
const SOUTHWARK = join(FIXTURES, "000-southwark-priority4.xlsx");

/** The CLI loaded afresh, after the mocks a test set up. */
const loadMain = (): typeof import("../src/cli/main") =>
  jest.requireActual<typeof import("../src/cli/main")>("../src/cli/main");

afterEach(() => {
  jest.resetModules();
  jest.dontMock("exceljs");
  jest.dontMock("../src/adapters/xlsx/readPackage");
});

it("checks workbooks without loading ExcelJS", async () => {
  jest.doMock("exceljs", () => {
    throw new Error("ExcelJS was loaded to check a file");
  });
  const { main } = loadMain();
  const io = captureIo();
  const code = await main(
    ["check", SEN, SOUTHWARK, "--format", "json", "--as-of", "2014-01-31"],
    io
  );
  const report = JSON.parse(io.stdout()) as {
    workbooks: Array<{ error?: string; tables: unknown[] }>;
  };
  expect(report.workbooks.map((w) => w.error)).toEqual([undefined, undefined]);
  expect(report.workbooks[0]!.tables.length).toBeGreaterThan(0);
  expect(code).toBe(1);
});

it("names the file a reader fault happened on, exits 2 and still checks every other file", async () => {
  const actual = jest.requireActual<typeof import("../src/adapters/xlsx/readPackage")>(
    "../src/adapters/xlsx/readPackage"
  );
  const southwark = readFileSync(SOUTHWARK);
  jest.doMock("../src/adapters/xlsx/readPackage", () => ({
    ...actual,
    readXlsxGrid: (bytes: Uint8Array, options: object) => {
      // the Southwark bytes stand for a file that trips a fault inside the reader
      if (Buffer.from(bytes).equals(southwark)) {
        return Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')"));
      }
      return actual.readXlsxGrid(bytes, options);
    },
  }));
  const { main } = loadMain();
  const io = captureIo();
  const code = await main(
    ["check", SOUTHWARK, SEN, "--format", "json", "--as-of", "2014-01-31"],
    io
  );
  expect(code).toBe(2);
  const report = JSON.parse(io.stdout()) as {
    workbooks: Array<{ error?: string; tables: unknown[] }>;
  };
  expect(report.workbooks[0]!.error).toMatch(/^000-southwark-priority4\.xlsx: /);
  expect(report.workbooks[1]!.error).toBeUndefined();
  expect(report.workbooks[1]!.tables).toHaveLength(5);
  expect(io.stderr()).toMatch(/000-southwark-priority4\.xlsx: /);
  expect(io.stderr()).not.toMatch(/\s+at .+:\d+:\d+/);
});
