import { columnIndex } from "../grid/a1";
import type { Issue, IssueCode, Severity } from "../schema/issue";
import { ISSUE_CODES } from "../schema/issue";
import { buildSummary } from "./summary";
import { makeTable } from "./testTables";

// buildSummary keys issues and sorts exceptions by numbers for speed; these pin the answers to the plain
// definitions (each distinct code and cell counted once; red, amber, not rated, then due, sheet and row).

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function countDistinct(issues: readonly Issue[]): Record<Severity, number> {
  const seen = new Set<string>();
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) {
    const col = columnIndex(i.column);
    const real =
      col >= 1 && col <= 16_384 && Number.isInteger(i.row) && i.row >= 1 && i.row < 2 ** 21;
    const key = real
      ? `${i.code}|${i.sheet}|${i.row}|${col}`
      : `odd|${i.code}|${i.sheet}|${i.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts[i.severity] += 1;
  }
  return counts;
}

describe("buildSummary issue counts", () => {
  it("counts each code and cell once, over many columns, codes, sheets and rows", () => {
    const issues: Issue[] = [];
    const severities: Severity[] = ["error", "warning", "info"];
    let n = 0;
    for (const sheet of ["Plan", "Annex"])
      for (let col = 1; col <= 200; col += 3)
        for (const row of [1, 7, 2 ** 20 - 1, 2 ** 20, 2 ** 21 - 1, 2 ** 21, 0, 1.5])
          for (const code of ISSUE_CODES.slice(0, 3) as IssueCode[]) {
            const column = n % 5 === 0 ? letters(col).toLowerCase() : letters(col);
            const one = {
              code,
              severity: severities[n++ % 3] as Severity,
              sheet,
              row,
              column,
              cell: `${column}${row}`,
              message: "m",
              fix: "f",
            };
            issues.push(one, { ...one }, { ...one, column: "?" });
          }
    const s = buildSummary([], "2014-01-31", { workbookIssues: issues });
    const expected = countDistinct(issues);
    expect([s.quality.errors, s.quality.warnings, s.quality.infos]).toEqual([
      expected.error,
      expected.warning,
      expected.info,
    ]);
  });
});

describe("buildSummary issue counts in row order", () => {
  // issues usually come in row order, which the count takes a faster path for; out of order it must fall
  // back without losing what it has seen
  const issuesAt = (rows: readonly number[]): Issue[] =>
    rows.flatMap((row, k) =>
      (["missing-owner", "overdue", "missing-owner"] as IssueCode[]).map((code, j) => ({
        code,
        severity: (["error", "warning", "info"] as Severity[])[(k + j) % 3] as Severity,
        sheet: k % 4 === 0 ? "Annex" : "Plan",
        row,
        column: j === 2 ? "C" : "B",
        cell: `${j === 2 ? "C" : "B"}${row}`,
        message: "m",
        fix: "f",
      }))
    );
  const counted = (issues: readonly Issue[]): number[] => {
    const s = buildSummary([], "2014-01-31", { workbookIssues: issues });
    return [s.quality.errors, s.quality.warnings, s.quality.infos];
  };
  const expected = (issues: readonly Issue[]): number[] => {
    const c = countDistinct(issues);
    return [c.error, c.warning, c.info];
  };

  it.each([
    ["rising rows", [3, 4, 4, 9, 12, 12, 12, 40]],
    ["a row seen again after later ones", [3, 4, 9, 4, 12, 3, 40, 9]],
    ["falling rows", [40, 12, 12, 9, 4, 3, 3]],
  ])("%s", (_name, rows) => {
    const issues = issuesAt(rows);
    // each row's issues twice in a row, as a table issue and an action issue on one cell would be
    const doubled = issues.flatMap((i) => [i, { ...i }]);
    expect(counted(doubled)).toEqual(expected(doubled));
    expect(counted(issues)).toEqual(expected(issues));
  });
});

describe("buildSummary exceptions order", () => {
  const rank = { red: 0, amber: 1, "not-rated": 2 } as const;
  const byDefinition = (dues: (string | null)[], secondSheet = "A") => {
    const t1 = makeTable(
      "B",
      1,
      null,
      dues.map((due, i) => ({
        row: 10 + i,
        rag: (["red", "amber", "not-rated"] as const)[i % 3] ?? "red",
        due,
      }))
    );
    const t2 = makeTable(
      secondSheet,
      1,
      null,
      dues.map((due, i) => ({
        row: 5 + i,
        rag: (["amber", "red", "not-rated"] as const)[i % 3] ?? "amber",
        due,
      }))
    );
    const s = buildSummary([t1, t2], "2014-01-31");
    const order = new Map([
      ["B", 0],
      ["A", 1],
    ]);
    const sorted = [...s.exceptions].sort(
      (x, y) =>
        rank[x.rag as keyof typeof rank] - rank[y.rag as keyof typeof rank] ||
        (x.due === y.due ? 0 : x.due === null ? 1 : y.due === null ? -1 : x.due < y.due ? -1 : 1) ||
        (order.get(x.sheet) ?? 0) - (order.get(y.sheet) ?? 0) ||
        x.row - y.row
    );
    return [s.exceptions, sorted];
  };

  it.each([
    [["2014-03-31", null, "2013-01-01", "2014-03-31", "2099-12-31", null, "0001-01-01"]],
    // a due that is not an ISO date sorts as text, as it always has
    [["2014-03-31", "31/03/2014", null, "2014-3-1", "", "2014-03-31", "Z"]],
  ])("%j", (dues) => {
    const [got, expected] = byDefinition(dues);
    expect(got).toEqual(expected);
    // the second table above the first on one sheet: rows out of order before the sort
    const [got2, expected2] = byDefinition(dues, "B");
    expect(got2).toEqual(expected2);
  });

  it("keeps the order of exceptions that tie on every key", () => {
    const t = makeTable(
      "A",
      1,
      null,
      [10, 11, 12, 13].map((row) => ({ row, rag: "red" as const, due: "2014-01-01" }))
    );
    const s = buildSummary([t, t], "2014-01-31");
    expect(s.exceptions.map((e) => e.row)).toEqual([10, 10, 11, 11, 12, 12, 13, 13]);
  });
});
