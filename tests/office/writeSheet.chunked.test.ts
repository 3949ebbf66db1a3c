/**
 * A summary sheet too large for one request (Excel on the web refuses a request over 5 MB): written in row
 * blocks, a sync each, with every request under the limit, the same sheet as one large request would
 * give, and still all-or-nothing when Excel fails at any block.
 */
import { createOfficeWorkbook, type OfficeWorkbook } from "../../src/adapters/office";
import { AdapterError } from "../../src/adapters/office/errors";
import { OWN_SHEETS_KEY } from "../../src/adapters/office/host";
import type { SheetCell, SheetModel } from "../../src/core/summary/sheetModel";
import {
  createFakeExcel,
  createFakeExcelFromState,
  DEFAULT_PAYLOAD_LIMIT,
  type FakeExcel,
  type FakeHostOptions,
} from "../../src/fake-excel";
import { cell, countSyncs, runOf, writtenSheet } from "./support";

const RATINGS = ["Red", "Amber", "Not rated"] as const;
const INTENTS = ["rating-red", "rating-amber", "rating-not-rated"] as const;

/** A summary-shaped model: a title, a small count table with a chart, and `n` linked exceptions. */
function bigModel(n: number, stamp = "31/01/2014", textLength = 60): SheetModel {
  const rows: SheetCell[][] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 3;
    rows.push([
      {
        value: `Action ${i + 1}: ${"x".repeat(textLength)}`,
        link: { sheet: "Action Plan", address: `A${i + 2}` },
      },
      { value: RATINGS[k] ?? "Red", intent: INTENTS[k] ?? "rating-red" },
      { value: i + 2, intent: "integer" },
      { value: 41000 + (i % 300), intent: "date" },
      { value: i % 5 ? "Head of SEN" : "=not a formula" },
    ]);
  }
  return {
    name: "RAG Summary",
    columnWidths: [40, 10, 8, 12, 20],
    cells: [{ row: 1, col: 1, cell: { value: `Action plan check at ${stamp}`, intent: "title" } }],
    tables: [
      {
        name: "RAG_Overall",
        top: 3,
        left: 1,
        columns: ["Rating", "Actions"],
        rows: RATINGS.map((r, i) => [
          { value: r, intent: INTENTS[i] ?? "rating-red" },
          { value: Math.ceil(n / 3), intent: "integer" },
        ]),
      },
      {
        name: "RAG_Exceptions",
        top: 9,
        left: 1,
        columns: ["Action", "Rating", "Row", "Due", "Owner"],
        rows,
      },
    ],
    charts: [
      { kind: "bar", title: "By rating", table: "RAG_Overall", valueColumn: 1, top: 3, left: 8 },
    ],
  };
}

function userWorkbook(options: FakeHostOptions = {}): FakeExcel {
  return createFakeExcel(
    { sheets: [{ name: "Action Plan", cells: [{ row: 2, col: 1, value: "Publish" }] }] },
    options
  );
}

function portOf(fake: FakeExcel, writeBudget?: number): OfficeWorkbook {
  return createOfficeWorkbook(runOf(fake), {
    isSetSupported: fake.isSetSupported,
    ownWriteGraceMs: 0,
    ...(writeBudget ? { writeBudget } : {}),
  });
}

describe("writeSheet: a sheet larger than one request", () => {
  it("stays under Excel's 5 MB in blocks (a sync each) and writes what one request would", async () => {
    const model = bigModel(16_000);
    const limited = userWorkbook();
    const { result, syncs } = await countSyncs(limited, () => portOf(limited).writeSheet(model));
    const log = limited.stats.log;
    const total = log.reduce((n, l) => n + l.requestBytes, 0);
    expect(result.sheetName).toBe("RAG Summary");
    expect(log.filter((l) => l.failed)).toEqual([]);
    expect(total).toBeGreaterThan(DEFAULT_PAYLOAD_LIMIT);
    expect(Math.max(...log.map((l) => l.requestBytes))).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    // the first sync, then about one per 4 MB of estimated bytes (the estimate errs high)
    expect(syncs).toBeGreaterThanOrEqual(3);
    expect(syncs).toBeLessThanOrEqual(1 + Math.ceil((2 * total) / (4 * 1024 * 1024)));

    const unlimited = userWorkbook({ payloadLimit: Infinity });
    const whole = await countSyncs(unlimited, () => portOf(unlimited, 1e12).writeSheet(model));
    expect(whole.syncs).toBe(2);
    expect(writtenSheet(limited, "RAG Summary")).toEqual(writtenSheet(unlimited, "RAG Summary"));
    expect(cell(limited, "RAG Summary", 16_009, 1)).toMatchObject({
      value: expect.stringMatching(/^Action 16000: x+$/),
      hyperlink: { documentReference: "'Action Plan'!A16001" },
    });
    expect(cell(limited, "RAG Summary", 16_009, 5)).toMatchObject({
      value: "Head of SEN",
      numberFormat: "@",
    });
  }, 30_000);

  it.each([
    ["under the budget", 50, 2],
    ["just over the budget: one more block", 400, 3],
  ])("%s: %i exceptions in %i syncs", async (_label, n, expected) => {
    const fake = userWorkbook({ payloadLimit: 200_000 });
    const { syncs } = await countSyncs(fake, () => portOf(fake, 150_000).writeSheet(bigModel(n)));
    expect(syncs).toBe(expected);
    expect(fake.stats.log.filter((l) => l.failed)).toEqual([]);
  });

  it("sends one block of rows per sync, each under the budget, however many rows", async () => {
    const fake = userWorkbook({ payloadLimit: 40_000 });
    await portOf(fake, 30_000).writeSheet(bigModel(600));
    const log = fake.stats.log;
    expect(log.length).toBeGreaterThan(10);
    expect(Math.max(...log.map((l) => l.requestBytes))).toBeLessThanOrEqual(30_000);
    // values go out in several row blocks, and only the last request adds the tables and the chart
    const blocks = log.filter((l) => (l.calls["getRangeByIndexes"] ?? 0) > 0);
    expect(blocks.length).toBeGreaterThan(1);
    expect(log.filter((l) => l.calls["setXAxisValues"]).length).toBe(1);
    expect(log[log.length - 1]?.calls["setXAxisValues"]).toBe(1);
  });
});

describe("writeSheet in blocks: Excel failing at any block", () => {
  const BUDGET = 30_000;
  const LIMIT = 40_000;
  const models = [bigModel(300, "31/01/2014"), bigModel(320, "28/02/2014")] as const;

  async function setUp(withPrevious: boolean) {
    const fake = userWorkbook({ payloadLimit: LIMIT });
    if (withPrevious) await portOf(fake, BUDGET).writeSheet(models[0]);
    const reference = createFakeExcelFromState(fake.snapshot(), { payloadLimit: LIMIT });
    const { syncs } = await countSyncs(reference, () =>
      portOf(reference, BUDGET).writeSheet(models[1])
    );
    return {
      start: fake,
      oldSheet: writtenSheet(fake, "RAG Summary"),
      newSheet: writtenSheet(reference, "RAG Summary"),
      opsPerSync: reference.stats.log.slice(-syncs).map((l) => l.ops),
    };
  }

  it.each([
    ["replacing a previous summary", true],
    ["writing the first summary", false],
  ])(
    "%s: the old sheet stays or the new one is complete, never a half-written one",
    async (_label, withPrevious) => {
      const { start, oldSheet, newSheet, opsPerSync } = await setUp(withPrevious);
      expect(opsPerSync.length).toBeGreaterThan(4);
      const outcomes = { kept: 0, replaced: 0 };
      for (const [i, ops] of opsPerSync.entries()) {
        const points = [...new Set([0, 1, Math.floor(ops / 2), ops - 2, ops - 1])].filter(
          (p) => p >= 0 && p < ops
        );
        for (const afterOps of points) {
          const fake = createFakeExcelFromState(start.snapshot(), { payloadLimit: LIMIT });
          fake.faults.failSync(i + 1, "GeneralException", { afterOps });
          const result = await portOf(fake, BUDGET)
            .writeSheet(models[1])
            .then(() => "ok" as const)
            .catch((e: unknown) => e);
          const where = `sync ${i + 1} of ${opsPerSync.length}, after ${afterOps} of ${ops} commands`;
          expect([where, fake.state.sheets.filter((s) => s.name.startsWith("~apc"))]).toEqual([
            where,
            [],
          ]);
          if (result === "ok") {
            expect([where, writtenSheet(fake, "RAG Summary")]).toEqual([where, newSheet]);
            outcomes.replaced++;
          } else {
            expect(result).toBeInstanceOf(AdapterError);
            expect([where, writtenSheet(fake, "RAG Summary")]).toEqual([where, oldSheet]);
            outcomes.kept++;
          }
          const own = fake.state.sheets.find((s) => s.name === "RAG Summary");
          const registry = JSON.parse(fake.state.settings.get(OWN_SHEETS_KEY) ?? "null");
          expect([where, registry?.sheets?.map((s: { id: string }) => s.id) ?? []]).toEqual([
            where,
            own ? [own.id] : [],
          ]);
          expect(fake.state.sheets.length).toBe(1 + (own ? 1 : 0));
        }
      }
      expect(outcomes.kept).toBeGreaterThan(0);
      if (withPrevious) expect(outcomes.replaced).toBeGreaterThan(0);
    },
    60_000
  );

  it("rolls back a failed block even when the previous version was deleted meanwhile", async () => {
    const fake = userWorkbook({ payloadLimit: LIMIT });
    await portOf(fake, BUDGET).writeSheet(models[0]);
    // the user deletes the old summary while block 2 is on its way, and Excel then fails block 3
    let n = 0;
    const run = runOf(fake);
    const port = createOfficeWorkbook(
      (batch) =>
        run(async (context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            n++;
            if (n === 2)
              fake.state.sheets = fake.state.sheets.filter((s) => s.name !== "RAG Summary");
            return sync();
          };
          return batch(context);
        }),
      { isSetSupported: fake.isSetSupported, ownWriteGraceMs: 0, writeBudget: BUDGET }
    );
    fake.faults.failSync(3, "GeneralException", { afterOps: 1 });
    await expect(port.writeSheet(models[1])).rejects.toBeInstanceOf(AdapterError);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Action Plan"]);
  });
});
