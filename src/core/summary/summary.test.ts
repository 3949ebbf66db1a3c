import { buildSummary, NO_OWNER } from "./summary";
import { splitOwners } from "./owners";
import { makeTable } from "./testTables";

describe("splitOwners", () => {
  it.each([
    [
      "Group Manager Early Intervention / EP Service / Early Years",
      ["Group Manager Early Intervention", "EP Service", "Early Years"],
    ],
    [
      "Virginia Bridge\nMadeleine Danaher\nMIA Team",
      ["Virginia Bridge", "Madeleine Danaher", "MIA Team"],
    ],
    ["A; B, C", ["A", "B", "C"]],
    // "and" splits only between two phrases that each name a role
    ["Head of SEN and Inclusion", ["Head of SEN and Inclusion"]],
    ["Speech and Language Therapists", ["Speech and Language Therapists"]],
    ["SEN Review and Transitions Manager", ["SEN Review and Transitions Manager"]],
    ["Principal EP and SEN Adviser", ["Principal EP", "SEN Adviser"]],
    ["Head of Service & Lead Nurse", ["Head of Service", "Lead Nurse"]],
    ["Team manager and staff", ["Team manager and staff"]],
    ["John Smith and Jane Doe", ["John Smith and Jane Doe"]],
    // a slash between two lower-case words is one place, between titles a list
    ["Carers' representative for parents/carers", ["Carers' representative for parents/carers"]],
    ["SEN Adviser/data manager", ["SEN Adviser", "data manager"]],
    // a full stop after a short abbreviation ends no name
    ["Head of St. Mary's School", ["Head of St. Mary's School"]],
    ["Geoff Conway. HTs", ["Geoff Conway", "HTs"]],
    ["  EP  Service / ep service ", ["EP Service"]],
    ["Brandon Smith", ["Brandon Smith"]],
    ["", []],
    [null, []],
  ] as const)("%p → %j", (cell, names) => {
    expect(splitOwners(cell)).toEqual(names);
  });
});

describe("buildSummary", () => {
  const tables = [
    makeTable("Plan", 5, "Proposal 1", [
      { row: 6, rag: "red", due: "2014-01-01", owner: "EP Service / Health" },
      { row: 7, rag: "amber", due: "2014-02-10", owner: "health" },
      { row: 8, rag: "green", due: "2014-06-30", owner: null },
      { row: 9, rag: "not-rated", due: null, owner: "Early Years" },
      {
        row: 10,
        rag: "complete",
        due: "2013-12-31",
        owner: "EP service",
        issues: [
          { code: "missing-due", severity: "error", column: "D" },
          { code: "open-ended", severity: "warning", column: "D" },
        ],
      },
    ]),
    makeTable("Plan", 12, "Proposal 2", [
      { row: 13, rag: "red", due: "2013-11-30", owner: "Health" },
      { row: 14, rag: "amber", due: "2014-02-10", owner: "Early Years" },
      { row: 15, rag: "not-rated", due: null, owner: null },
    ]),
    makeTable("Other", 3, null, [{ row: 4, rag: "red", due: "2013-11-30", owner: "Health" }]),
  ];
  const s = buildSummary(tables, "2014-01-31");

  it("counts overall", () => {
    expect(s.overall).toEqual({
      complete: 1,
      red: 3,
      amber: 2,
      green: 1,
      "not-rated": 2,
      total: 9,
    });
    expect([s.actions, s.tables]).toEqual([9, 3]);
  });

  it("counts by section, in order seen; a table without a heading counts under its sheet", () => {
    expect(s.bySection.map((r) => [r.label, r.counts.total, r.counts.red])).toEqual([
      ["Proposal 1", 5, 1],
      ["Proposal 2", 3, 1],
      ["Other", 1, 1],
    ]);
  });

  it("counts each owner a cell names, without case, first spelling shown, no owner last", () => {
    expect(s.byOwner.map((r) => [r.label, r.counts.total, r.counts.red])).toEqual([
      ["Early Years", 2, 0],
      ["EP Service", 2, 1],
      ["Health", 4, 3],
      [NO_OWNER, 2, 0],
    ]);
  });

  it("measures data quality and counts issues by severity", () => {
    expect(s.quality).toEqual({
      withOwner: 7,
      withDate: 7,
      shareWithOwner: 7 / 9,
      shareWithDate: 7 / 9,
      errors: 1,
      warnings: 1,
      infos: 0,
    });
  });

  it("lists exceptions red, amber, not rated; by due date (none last); then sheet order and row", () => {
    expect(s.exceptions.map((e) => `${e.rag} ${e.due ?? "-"} ${e.sheet}!${e.address}`)).toEqual([
      "red 2013-11-30 Plan!A13",
      "red 2013-11-30 Other!A4",
      "red 2014-01-01 Plan!A6",
      "amber 2014-02-10 Plan!A7",
      "amber 2014-02-10 Plan!A14",
      "not-rated - Plan!A9",
      "not-rated - Plan!A15",
    ]);
    expect(s.exceptions[0]).toMatchObject({
      owner: "Health",
      reason: "red because row 13",
      section: "Proposal 2",
    });
  });

  it("does not count an issue twice when a table lists it as well as its action", () => {
    const t = makeTable("S", 1, null, [
      { row: 2, rag: "red", issues: [{ code: "missing-owner", severity: "error", column: "C" }] },
    ]);
    const again = { ...t, issues: [...t.issues, ...(t.actions[0]?.issues ?? [])] };
    expect(buildSummary([again], "2014-01-31").quality.errors).toBe(1);
  });

  it("is all zeros with no tables", () => {
    const e = buildSummary([], "2014-01-31");
    expect([e.actions, e.quality.shareWithOwner, e.exceptions.length, e.byOwner.length]).toEqual([
      0, 0, 0, 0,
    ]);
  });
});
