import { checkWorkbook } from "./engine";
import { DEFAULT_CONFIG } from "./schema/config";
import { allOverduePlan, ALL_OVERDUE_AS_OF } from "./verdict/allOverdue";
import { formulaText, ownSheetsFormula, ownSheetsFrom } from "./ownSheets";

describe("own sheets marker", () => {
  it("lists sheet names in a text constant, quotes doubled, and reads them back", () => {
    const names = ["RAG Summary", 'Tom\'s "board" view', "RAG History (2)"];
    const formula = ownSheetsFormula(names);
    expect(formula).toBe('="RAG Summary/Tom\'s ""board"" view/RAG History (2)"');
    expect(ownSheetsFrom(formula)).toEqual(names);
    // as the .xlsx file keeps it, without "="
    expect(ownSheetsFrom(formula.slice(1))).toEqual(names);
  });

  it("reads nothing from a formula that is not a text constant", () => {
    expect(ownSheetsFrom("='RAG Summary'!$A$1")).toEqual([]);
    expect(ownSheetsFrom(null)).toEqual([]);
    expect(formulaText('="a"&"b"')).toBeNull();
  });

  it("the engine skips the sheets a workbook marks as the tool's own, whatever their case", () => {
    const plan = allOverduePlan().sheets[0]!;
    const alone = checkWorkbook({ sheets: [plan] }, DEFAULT_CONFIG, ALL_OVERDUE_AS_OF, "p.xlsx");
    const withCopy = { sheets: [plan, { ...plan, name: "RAG Summary" }] };
    const unmarked = checkWorkbook(withCopy, DEFAULT_CONFIG, ALL_OVERDUE_AS_OF, "p.xlsx");
    expect(unmarked.tables).toHaveLength(2);
    const marked = checkWorkbook(
      { ...withCopy, ownSheets: ["rag summary"] },
      DEFAULT_CONFIG,
      ALL_OVERDUE_AS_OF,
      "p.xlsx"
    );
    expect(marked.tables).toEqual(alone.tables);
    expect(marked.summary).toEqual(alone.summary);
  });
});
