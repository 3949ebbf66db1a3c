import type { FakeCellSeed } from "../../src/fake-excel";

// A tracker whose RAG column is only coloured (rows 2–4), one written status (row 5), a banded row (6).
export function tracker(): FakeCellSeed[] {
  const cells: FakeCellSeed[] = [];
  const header = ["Ref", "Action", "Lead officer", "Target date", "RAG"];
  header.forEach((value, i) => cells.push({ row: 1, col: i + 1, value }));
  const rows: [string, string, string | null, string?][] = [
    ["1", "Publish the SEND local offer", "#FF0000"],
    ["2", "Train every SENCo in the EHC process", "#FFC000"],
    ["3", "Agree a joint commissioning budget", "#00B050"],
    ["4", "Audit every open EHC plan", null, "Amber"],
    ["5", "Map the short breaks offer", "#FFFF00"],
  ];
  rows.forEach(([ref, action, fill, status], i) => {
    const row = i + 2;
    cells.push({ row, col: 1, value: ref }, { row, col: 2, value: action });
    cells.push({ row, col: 3, value: "Head of SEND" }, { row, col: 4, value: "June 2024" });
    if (status) cells.push({ row, col: 5, value: status });
    if (fill) cells.push({ row, col: 5, fill });
  });
  // row 6's yellow runs across the row: banding, not a rating
  cells.push({ row: 6, col: 2, value: "Map the short breaks offer", fill: "#FFFF00" });
  return cells;
}
