import type { CellValue, SheetGrid } from "../grid/types";
import { detectTables, detectWorkbook } from "./detect";
import { buildSheet } from "./testGrid";

const HEADER = ["Ref", "Action", "Lead officer", "Deadline", "Progress update"];
const action = (n: number): CellValue[] => [
  `${n}`,
  `Deliver thing number ${n}`,
  `Officer ${n}`,
  "Mar 2024",
  "On track",
];

describe("detectTables: question headers", () => {
  it("maps a school improvement plan written as questions", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Priority 1: Improve the timeliness of EHC plans"],
            [
              "No.",
              "What needs to be done?",
              "Who will lead?",
              "When will it start?",
              "When will it be completed?",
              "Progress RAG",
              "How will we know it has worked?",
            ],
            [
              "1.1",
              "Audit every open plan",
              "Head of SEND",
              "Sept 2023",
              "March 2024",
              "G",
              "All audited",
            ],
            [
              "1.2",
              "Train caseworkers",
              "SEN manager",
              "Oct 2023",
              "July 2024",
              "A",
              "All trained",
            ],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.columns).toEqual({
      ref: 1,
      action: 2,
      owner: 3,
      start: 4,
      due: 5,
      status: 6,
      outcome: 7,
    });
    expect(t?.rows.map((r) => r.cells.due?.text)).toEqual(["March 2024", "July 2024"]);
  });
});

describe("detectTables: section headings inside a table", () => {
  // one header, then the plan's sections as heading rows between groups of actions (a Written Statement
  // of Action, an improvement plan by priority)
  const H = ["Ref", "Action", "Lead", "Timescale"];
  const act = (ref: string): CellValue[] => [
    ref,
    `Deliver item ${ref} for families`,
    "Head of SEND",
    "Mar 2024",
  ];
  const plan = (merged: boolean) =>
    buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Written Statement of Action"],
            H,
            ["Priority 1: Identification of need"],
            act("1.1"),
            act("1.2"),
            ["Priority 2: Joint commissioning"],
            [],
            act("2.1"),
            ["Area of weakness 3: transitions"],
            ["Notes:"],
            act("9.9"),
          ],
        },
      ],
      merges: merged ? ["A1:D1", "A3:D3", "A6:D6", "A9:D9"] : [],
    });

  it.each([
    ["merged headings", true],
    ["headings by their wording", false],
  ])("%s: each section's actions are a part of the table, in that section", (_name, merged) => {
    const tables = detectTables(plan(merged));
    expect(
      tables.map((t) => [t.key, t.section, t.partOf ?? null, t.firstRow ?? t.headerRow, t.lastRow])
    ).toEqual([
      ["Sheet1!A2", "Written Statement of Action", null, 2, 2],
      ["Sheet1!A3", "Priority 1: Identification of need", "Sheet1!A2", 3, 5],
      ["Sheet1!A6", "Priority 2: Joint commissioning", "Sheet1!A2", 6, 8],
    ]);
    expect(tables.map((t) => t.rows.map((r) => r.ref))).toEqual([[], ["1.1", "1.2"], ["2.1"]]);
    // parts share the header: its columns, its header row
    expect(new Set(tables.map((t) => JSON.stringify([t.headerRow, t.columns]))).size).toBe(1);
  });

  it("a label merged across the table ends it: the rows under it are context", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            H,
            act("1.1"),
            ["Targets/Success Criteria:"],
            ["T1", "90% of plans issued within 20 weeks", "SEN manager", "2024"],
          ],
        },
      ],
      merges: ["A3:D3"],
    });
    expect(detectTables(sheet).map((t) => t.rows.map((r) => r.ref))).toEqual([["1.1"]]);
  });

  it.each([
    "Area of weakness 3 – Transitions",
    "Area for improvement 2: co-production",
    "Key line of enquiry 4",
  ])("an inspection plan's %j starts a part, merged or not", (heading) => {
    const sheet = buildSheet({
      blocks: [{ at: "A1", rows: [H, act("1.1"), [heading], act("3.1")] }],
    });
    expect(detectTables(sheet).map((t) => [t.section, t.rows.map((r) => r.ref)])).toEqual([
      [null, ["1.1"]],
      [heading, ["3.1"]],
    ]);
  });

  it("a heading with no actions under it adds no table", () => {
    const tables = detectTables(plan(true));
    // "Area of weakness 3" is followed by a note that ends the table, so it has no part
    expect(tables.some((t) => t.section?.startsWith("Area of weakness"))).toBe(false);
  });

  it("a part takes a correction saved for it, else the header table's", () => {
    const corrections = { owner: null };
    const headerOnly = detectTables(plan(true), { overrides: { "Sheet1!A2": corrections } });
    expect(headerOnly.map((t) => t.columns.owner ?? null)).toEqual([null, null, null]);
    const partOnly = detectTables(plan(true), { overrides: { "Sheet1!A6": corrections } });
    expect(partOnly.map((t) => t.columns.owner ?? null)).toEqual([3, 3, null]);
  });
});

describe("detectTables: an owner column named after the action", () => {
  it("maps Action and Action lead to the action and its owner, not two actions", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Task ID", "Action", "Action lead", "Date to be achieved by"],
            ["T1", "Publish the local offer", "Comms lead", "July 2024"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.columns).toEqual({ ref: 1, action: 2, owner: 3, due: 4 });
    expect(t?.duplicates).toEqual([]);
  });
});

describe("detectTables: where tables are", () => {
  it("finds a table whose header is at D40 under a title, with its section", () => {
    const sheet = buildSheet({
      blocks: [
        { at: "A1", rows: [["Housing Improvement Plan 2024"]] },
        { at: "D38", rows: [["Priority Two / Models of Provision"]] },
        { at: "D40", rows: [HEADER, action(1), action(2), action(3)] },
      ],
    });
    const [t, ...more] = detectTables(sheet);
    expect(more).toHaveLength(0);
    expect(t).toMatchObject({
      key: "Sheet1!D40",
      headerRow: 40,
      headerRows: 1,
      firstCol: 4,
      lastCol: 8,
      lastRow: 43,
      section: "Priority Two / Models of Provision",
      // "Progress update" holds only "On track": with no status column, its cells make it the status
      columns: { ref: 4, action: 5, owner: 6, due: 7, status: 8 },
    });
    expect(t?.rows.map((r) => r.row)).toEqual([41, 42, 43]);
    expect(t?.rows[0]?.cells.owner).toEqual({
      row: 41,
      col: 6,
      text: "Officer 1",
      value: "Officer 1",
      numberFormat: "General",
    });
  });

  it("reads a header split over two rows", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Actions", "Responsible", "Target", "Monitoring", "Timing/"],
            [undefined, "Personnel", "audience", "how/when/by whom", "timescales"],
            ["1) Consult schools", "SEN Manager", "Schools", "Steering Group", "Sept 2003"],
            ["2) Review provision", "Head of A&I", "LEA", "Termly review", "Ongoing"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.headerRows).toBe(2);
    expect(t?.columns).toEqual({ action: 1, owner: 2, partners: 3, monitoring: 4, due: 5 });
    expect(t?.headers[4]).toBe("Monitoring\nhow/when/by whom");
    expect(t?.rows.map((r) => [r.row, r.ref, r.actionText])).toEqual([
      [3, "1)", "Consult schools"],
      [4, "2)", "Review provision"],
    ]);
  });

  it("reads a two-row header whose first row alone is not one", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "B2",
          rows: [
            ["What we will", "Responsible", "Target"],
            ["do", "officer", "date"],
            ["Publish the local offer", "Parent Partnership Officer", "Apr 2014"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.headerRows).toBe(2);
    expect(t?.columns).toEqual({ action: 2, owner: 3, due: 4 });
    expect(t?.rows.map((r) => r.row)).toEqual([4]);
  });

  it("finds two tables in one sheet, each under its own heading", () => {
    const sheet = buildSheet({
      blocks: [
        { at: "A1", rows: [["Proposal 1: Early help"]] },
        {
          at: "A3",
          rows: [
            ["Action", "Lead", "Timescale"],
            ["1.1 Do a", "Ann", "Jan 2014"],
            ["1.2 Do b", "Bob", "Feb 2014"],
          ],
        },
        { at: "A7", rows: [["2. AIM: Improve attendance"]] },
        {
          at: "A9",
          rows: [
            ["Actions", "Owner", "Due date"],
            ["2.1 Do c", "Cy", "Mar 2014"],
          ],
        },
      ],
      merges: ["A1:C1", "A7:C7"],
    });
    const tables = detectTables(sheet);
    expect(
      tables.map((t) => [t.headerRow, t.section, t.lastRow, t.rows.map((r) => r.ref)])
    ).toEqual([
      [3, "Proposal 1: Early help", 5, ["1.1", "1.2"]],
      [9, "2. AIM: Improve attendance", 10, ["2.1"]],
    ]);
  });

  it("gives a header repeated after a page break its own table with the same section", () => {
    const header = ["Number", "Action(s)", "Start – End:", "Person Responsible/ People Involved"];
    const sheet = buildSheet({
      blocks: [
        { at: "A1", rows: [["Key Stage:", 2]] },
        { at: "A3", rows: [["The actions we will take to support this activity are:"]] },
        {
          at: "A4",
          rows: [
            header,
            ["KS2.1", "Analyse results", "Start: Aug 02\nEnd: Oct 02", "Virginia Bridge"],
            ["KS2.2", "Develop categorisation", "Start: Sept 02\nEnd: Cont", "Terry Rollings"],
            ["SOUTHWARK LEA: UNDER-PERFORMING SCHOOLS ACTION PLAN"],
            header,
            ["KS2.3", "Introduce framework", "Start: Sept 02\nEnd: Cont", "Geoff Conway"],
          ],
        },
      ],
    });
    const tables = detectTables(sheet);
    expect(tables.map((t) => [t.headerRow, t.section, t.rows.map((r) => r.ref)])).toEqual([
      [4, "Key Stage: 2", ["KS2.1", "KS2.2"]],
      [8, "Key Stage: 2", ["KS2.3"]],
    ]);
    expect(tables[0]?.rows[0]?.cells.due?.text).toBe("Start: Aug 02\nEnd: Oct 02");
  });

  it("finds nothing in a sheet of prose", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["SEN Strategy 2014-2017"],
            ["This strategy sets out the action we will take, who will lead it and by when."],
            ["Action", "is needed on attendance; the lead for this is the Head of Service."],
            ["Why we are doing it", "Because outcomes are below the national average."],
            ["Owner: Head of Inclusion", "Review: annually"],
          ],
        },
      ],
    });
    expect(detectTables(sheet)).toEqual([]);
  });

  it("reads an empty sheet as no tables", () => {
    expect(detectTables(buildSheet({ blocks: [] }))).toEqual([]);
  });
});

describe("detectTables: which rows are actions", () => {
  it("reads merged section rows and merged cells inside the table", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [["Activity 4.2  Improve identification of vulnerable pupils\nsecond line"]],
        },
        {
          at: "A3",
          rows: [
            ["Actions", "Responsible Person", "Timing/timescales"],
            ["1) Train staff", "SEN Manager", "Sept 2003"],
            ["2) Review panels", undefined, "Oct 2003"],
          ],
        },
        { at: "A6", rows: [["Activity 4.3  Improve provision"]] },
        {
          at: "A7",
          rows: [
            ["Actions", "Responsible Person", "Timing/timescales"],
            ["1) Expand", "Head", "2004"],
          ],
        },
      ],
      merges: ["A1:C1", "B4:B5", "A6:C6"],
    });
    const [first, second] = detectTables(sheet);
    expect(first?.section).toBe("Activity 4.2  Improve identification of vulnerable pupils");
    expect(first?.rows.map((r) => r.cells.owner?.text)).toEqual(["SEN Manager", "SEN Manager"]);
    expect(first?.rows[1]?.cells.owner).toMatchObject({ row: 5, col: 2, text: "SEN Manager" });
    expect(first?.lastRow).toBe(5);
    expect(second?.section).toBe("Activity 4.3  Improve provision");
  });

  it("skips bullet-only rows, blank rows and a lone page header", () => {
    const sheet = buildSheet({
      blocks: [
        { at: "D1", rows: [["•"]] },
        {
          at: "A2",
          rows: [
            ["Action", "Owner", "Due"],
            ["•"],
            ["Do one", "Ann", "Jan 2024"],
            [],
            ["PAGE 2 OF THE PLAN"],
            [" • ", "–"],
            ["Do two", "Bob", "Feb 2024"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.rows.map((r) => r.row)).toEqual([4, 8]);
  });

  it("counts a lone action cell that starts with its number, and ends at context text", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Actions", "Responsible Person", "Target audience", "Timing/timescales"],
            ["1) Increase provision", "Head of SEN", "Children", "Sept 2003"],
            ["2) Support the strategic board"],
            [],
            [
              "Links to other plans or parts of the EDP",
              "Quality Protects",
              "SEN Plan",
              "EDP Priorities",
            ],
            ["Key SSRE Area(s)", "1 The curriculum"],
            ["Targets/Success Criteria:"],
            ["- Greater capacity to support more vulnerable pupils in schools"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.rows.map((r) => [r.row, r.ref, r.cells.owner?.text])).toEqual([
      [2, "1)", "Head of SEN"],
      [3, "2)", ""],
    ]);
    expect(t?.lastRow).toBe(3);
  });

  it("joins a row that only continues the previous one", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Ref", "Action", "Owner", "Deadline", "Monitoring"],
            [
              "2.3",
              "Complete the assessment process and",
              "Group Manager",
              "Sep 2014",
              "Termly review",
            ],
            [undefined, undefined, undefined, undefined, "by the steering group"],
            [undefined, "assign a lead professional", undefined, undefined, undefined],
            ["2.4", "Provide guidance", "Early Years Team leader", "Sep 2014", ""],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.rows.map((r) => [r.row, r.rows, r.ref])).toEqual([
      [2, [2, 3, 4], "2.3"],
      [5, [5], "2.4"],
    ]);
    expect(t?.rows[0]?.actionText).toBe(
      "Complete the assessment process and assign a lead professional"
    );
  });

  it("keeps a row with no action text but its own owner and due when nothing precedes it", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Action", "Owner", "Due"],
            [undefined, "Ann", "Jan 2024"],
          ],
        },
      ],
    });
    expect(detectTables(sheet)[0]?.rows.map((r) => r.row)).toEqual([2]);
  });

  it.each([
    ["1) Consult with schools", "1)", "Consult with schools"],
    ["1.1 Further develop", "1.1", "Further develop"],
    ["1.2.1. Deliver  the\nplan", "1.2.1.", "Deliver the plan"],
    ["(3) Train staff", "(3)", "Train staff"],
    ["Appoint a co-ordinator", null, "Appoint a co-ordinator"],
    ["2004 review of provision", null, "2004 review of provision"],
    ["b) High performing schools", null, "b) High performing schools"],
  ])("reads the ref in the action text %j", (text, ref, rest) => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Action", "Lead", "When"],
            [text, "Ann", "2024"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.rows[0]?.ref).toBe(ref);
    expect(t?.rows[0]?.actionText).toBe(rest);
    expect(t?.mapping.some((m) => m.reason === "ref-in-action-text")).toBe(ref !== null);
  });
});

describe("detectTables: column mapping", () => {
  it("resolves two columns claiming one field and says so", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Action", "Who is accountable", "Responsible officer", "Deadline", "Lead officer"],
            ["Do it", "x", "Ann", "2024", "Bob"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.columns.owner).toBe(3);
    expect(t?.duplicates).toEqual([{ field: "owner", cols: [2, 3, 5], chosen: 3 }]);
    expect(t?.mapping.find((m) => m.field === "owner")).toEqual({
      field: "owner",
      col: 3,
      header: "Responsible officer",
      reason: "synonym",
      score: 1,
      detail: "'responsible officer' is a name for the owner column",
    });
  });

  it("applies overrides: a column chosen by the user wins and null unmaps", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Action", "Lead", "Deadline", "Notes"],
            ["Do it", "Ann", "2024", "n"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet, { overrides: { "Sheet1!A1": { owner: 4, due: null } } });
    expect(t?.columns).toEqual({ action: 1, owner: 4, progress: 4 });
    expect(t?.mapping.find((m) => m.field === "owner")).toMatchObject({
      col: 4,
      reason: "override",
    });
    expect(t?.rows[0]?.cells.due).toBeUndefined();
    expect(t?.rows[0]?.cells.owner?.text).toBe("n");
  });

  it("returns a table with neither an owner nor a due column", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Action", "Outcome", "Progress", "RAG"],
            ["Do it", "Done", "Good", "G"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.columns).toEqual({ action: 1, outcome: 2, progress: 3, status: 4 });
    expect(t?.rows).toHaveLength(1);
  });
});

describe("detectWorkbook", () => {
  const sheetNamed = (name: string) =>
    buildSheet({ name, blocks: [{ at: "A1", rows: [HEADER, action(1)] }] });

  it("reads every sheet, or only the ones asked for", () => {
    const wb = { sheets: [sheetNamed("One"), sheetNamed("Two")] };
    expect(detectWorkbook(wb).map((t) => t.key)).toEqual(["One!A1", "Two!A1"]);
    expect(detectWorkbook(wb, { sheets: ["Two"] }).map((t) => t.key)).toEqual(["Two!A1"]);
  });
});

describe("detectTables: size", () => {
  function bigSheet(rows: number, cols: number) {
    const header = ["Ref", "Action", "Owner", "Due date", "Status", "Progress update", "Outcome"];
    while (header.length < cols) header.push(`Extra ${header.length}`);
    const body: CellValue[][] = [header];
    const owners = ["Head of SEN", "SEN Manager", "Group Manager", "Principal EP"];
    for (let i = 1; i <= rows; i++) {
      const row: CellValue[] = [
        `${i}`,
        `Deliver improvement ${i} to the service`,
        owners[i % 4] ?? "",
        45000 + (i % 400),
        "Green",
        `Update ${i % 50}`,
        "Better outcomes",
      ];
      while (row.length < cols) row.push(`x${i % 7}`);
      body.push(row);
    }
    return buildSheet({ blocks: [{ at: "A1", rows: body }] });
  }

  it("reads a 5,000-row table", () => {
    const [t, ...more] = detectTables(bigSheet(5000, 7));
    expect(more).toHaveLength(0);
    expect(t?.rows).toHaveLength(5000);
    expect(t?.lastRow).toBe(5001);
  });

  it("reads 50,000 rows × 12 columns in linear time", () => {
    // Speed is the benchmark's business (npm run bench); this catches a super-linear slip by counting
    // work, not time: how often detection fetches a row of the grid, per row of the sheet. A timed ratio
    // failed on a loaded 2-core CI machine; a count is the same on any machine.
    const rowFetchesPerRow = (rows: number) => {
      const sheet = bigSheet(rows, 12);
      let fetches = 0;
      const counted = <T>(grid: ReadonlyArray<ReadonlyArray<T>>) =>
        new Proxy(grid, {
          get(target, key, receiver) {
            if (typeof key === "string" && /^\d+$/.test(key)) fetches++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
      const watched: SheetGrid = {
        ...sheet,
        values: counted(sheet.values),
        text: counted(sheet.text),
        numberFormat: counted(sheet.numberFormat),
      };
      const [t] = detectTables(watched);
      expect(t?.rows).toHaveLength(rows);
      return fetches / rows;
    };
    const small = rowFetchesPerRow(10000);
    const large = rowFetchesPerRow(50000);
    expect(small).toBeGreaterThan(0);
    // linear work reads each row a fixed number of times at any size; quadratic work would read 5x more
    expect(large / small).toBeLessThan(1.2);
  });
});

describe("detectTables: more layouts", () => {
  it("reads a plan with a column per month and a header merged over two rows", () => {
    const sheet = buildSheet({
      blocks: [
        { at: "A1", rows: [["1. Early Help"]] },
        {
          at: "A3",
          rows: [
            [
              "Ref",
              "Action",
              "Lead",
              "Timescale",
              undefined,
              "Apr",
              "May",
              "Jun",
              "Jul",
              "Aug",
              "Sep",
            ],
            [undefined, undefined, undefined, "Start", "End"],
            ["1.1", "Map services", "Ann", "Apr 2024", "Jun 2024", "x", "x", "x"],
          ],
        },
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3"],
    });
    const [t] = detectTables(sheet);
    expect(t?.headerRows).toBe(2);
    expect(t?.columns).toEqual({ ref: 1, action: 2, owner: 3, start: 4, due: 5 });
    expect(t?.section).toBe("1. Early Help");
    expect(t?.rows.map((r) => [r.row, r.ref])).toEqual([[5, "1.1"]]);
  });

  it("ends a table at a context block with no heading above the next table", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Actions", "Responsible Person", "Timing/timescales"],
            ["1) Consult", "SEN Manager", "Sept 2003"],
            ["Key SSRE Area(s)", "1 The curriculum"],
            ["- Better support for teachers", "- Termly review"],
            ["Actions", "Responsible Person", "Timing/timescales"],
            ["1) Expand", "Head", "2004"],
          ],
        },
      ],
    });
    const tables = detectTables(sheet);
    expect(tables.map((t) => t.rows.map((r) => r.row))).toEqual([[2], [6]]);
  });
});
