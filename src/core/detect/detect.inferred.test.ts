import { checkWorkbook } from "../engine/checkWorkbook";
import { DEFAULT_CONFIG } from "../schema/config";
import { detectTables } from "./detect";
import { buildSheet } from "./testGrid";

// Real shapes of plans whose headers never say "Action" (issue 13, item 1), and sheets that must stay
// tableless however many field-like words they hold.

const LONG = [
  "Every school has a named SEND governor and a termly report to the board",
  "Waiting times for an EHC needs assessment fall below the national average",
  "Parents say in the annual survey that they were listened to and involved",
];

describe("detectTables: no header names the action", () => {
  it("reads a 'how it will be achieved' column as the action by its wording", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Outcomes", "How it will be achieved", "By whom", "By when"],
            [
              "Fewer exclusions",
              "Train every primary SENCo in de-escalation",
              "SEND lead",
              "Sept 2024",
            ],
            [
              "Better transitions",
              "Write a transition protocol with secondary heads",
              "Head of inclusion",
              "Dec 2024",
            ],
          ],
        },
      ],
    });
    const [t, ...more] = detectTables(sheet);
    expect(more).toHaveLength(0);
    expect(t?.columns).toEqual({ outcome: 1, action: 2, owner: 3, due: 4 });
    expect(t?.rows.map((r) => r.actionText)).toEqual([
      "Train every primary SENCo in de-escalation",
      "Write a transition protocol with secondary heads",
    ]);
  });

  it("takes the column of longest text as the action and says it was inferred", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "B3",
          rows: [
            ["Area", "Detail", "Officer responsible", "Target date", "RAG"],
            ["SEND", LONG[0], "A Smith", "Mar 2025", "G"],
            ["EHCP", LONG[1], "B Jones", "Jun 2025", "A"],
            ["Voice", LONG[2], "C Patel", "Jul 2025", "R"],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.columns).toMatchObject({ action: 3, owner: 4, due: 5, status: 6 });
    expect(t?.rows).toHaveLength(3);
    const note = t?.mapping.find((m) => m.field === "action");
    expect(note?.reason).toBe("inferred");
    expect(note?.detail).toMatch(/inferred as the column of longest text \('Detail'\)/);
  });

  it("prefers an unnamed column of sentences to an outcome column of like length", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Objective", "Steps", "Lead", "Deadline"],
            [
              "Improve attendance at secondary school",
              "Run attendance panels in each locality",
              "Head of EWS",
              "2025",
            ],
            [
              "Reduce the number of pupils missing education",
              "Track every child missing education weekly",
              "CME officer",
              "2025",
            ],
          ],
        },
      ],
    });
    const [t] = detectTables(sheet);
    expect(t?.columns.action).toBe(2);
  });

  it.each([
    [
      "owner, date and status with short cells below",
      [
        ["Owner", "Date", "Status"],
        ["Ann", "May 2024", "Green"],
        ["Bob", "June 2024", "Red"],
      ],
    ],
    [
      "a contacts list",
      [
        ["Name", "Lead", "Date"],
        ["Ann Smith", "Yes", "2024"],
        ["Bob Jones", "No", "2023"],
      ],
    ],
    [
      "a single owner and due pair",
      [
        ["Owner", "Due date"],
        ["A long sentence that is not an action at all here", "2024"],
      ],
    ],
  ])("finds no table in %s", (_label, rows) => {
    expect(detectTables(buildSheet({ blocks: [{ at: "A1", rows }] }))).toEqual([]);
  });
});

describe("checkWorkbook: a table with an action column but no owner or due column", () => {
  it.each([
    [
      ["Action", "Status"],
      ["no-owner-column A1", "no-due-column A1"],
    ],
    [["Agreed action", "Implementation date"], ["no-owner-column A1"]],
    [["Management response", "Responsible officer"], ["no-due-column A1"]],
  ])("%j is a table and the header checks fire: %j", (header, codes) => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [header, ["Review the SEND local offer with parents", "In progress"]],
        },
      ],
    });
    const report = checkWorkbook({ sheets: [sheet] }, DEFAULT_CONFIG, "2024-01-31", "plan.xlsx");
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]?.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(codes);
  });
});

describe("detectTables: months and meetings inside a tracker start a part", () => {
  const rows = [
    ["Ref", "Action", "Owner", "Due", "Status"],
    ["May 2012"],
    ["1", "Circulate the revised terms of reference", "Clerk", "June 2012", "Complete"],
    ["2", "Report attendance figures to the board", "Head of EWS", "July 2012", "Open"],
    ["Meeting 14 March 2023"],
    ["3", "Bring the audit of EHC plans to the next board", "Head of SEND", "April 2023", "Open"],
  ];

  it.each([
    ["merged across the tracker", ["A2:E2", "A5:E5"]],
    ["in the first cell only", []],
  ])("reads the actions under each date as a part when %s", (_label, merges) => {
    const tables = detectTables(buildSheet({ blocks: [{ at: "A1", rows }], merges }));
    expect(tables.map((t) => [t.key, t.section, t.rows.map((r) => r.ref)])).toEqual([
      ["Sheet1!A1", null, []],
      ["Sheet1!A2", "May 2012", ["1", "2"]],
      ["Sheet1!A5", "Meeting 14 March 2023", ["3"]],
    ]);
    expect(tables.slice(1).every((t) => t.partOf === "Sheet1!A1")).toBe(true);
  });

  it("keeps a lone date in the due column as the previous action's continuation", () => {
    const sheet = buildSheet({
      blocks: [
        {
          at: "A1",
          rows: [
            ["Ref", "Action", "Owner", "Due"],
            ["1", "Circulate the draft terms to members", "Clerk", "June 2012"],
            [undefined, undefined, undefined, "May 2013"],
          ],
        },
      ],
    });
    const [t, ...more] = detectTables(sheet);
    expect(more).toHaveLength(0);
    expect(t?.rows.map((r) => r.rows)).toEqual([[2, 3]]);
  });
});

describe("detectTables: a bare Date beside a real due column", () => {
  it.each([
    [["Action", "Date", "Lead", "Target date"], 4],
    [["Date", "Action", "Owner", "By when?"], 4],
    [["Date raised", "Action", "Owner", "Deadline"], 4],
  ])("%j maps the due date to column %i", (header, due) => {
    const sheet = buildSheet({
      blocks: [{ at: "A1", rows: [header, ["x", "Publish the local offer", "Ann", "May 2024"]] }],
    });
    expect(detectTables(sheet)[0]?.columns.due).toBe(due);
  });
});
