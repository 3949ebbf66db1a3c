import { readHeader } from "../src/core/detect/match";
import { mapHeaderRow } from "../src/core/detect/resolve";
import { statusCellKind } from "../src/core/rag";
it("probe", () => {
  const out: string[] = [];
  for (const h of (process.env.H ?? "").split("|").filter(Boolean)) out.push(`${JSON.stringify(h)} ${JSON.stringify(readHeader(h))}`);
  const row = process.env.ROW;
  if (row) out.push(JSON.stringify(mapHeaderRow(row.split("|")).map((m) => m && `${m.match.field}${m.secondary ? "*" : ""}(${m.match.score} ${m.match.kind} ${m.match.phrase})`)));
  for (const s of (process.env.S ?? "").split("|").filter(Boolean)) out.push(`${JSON.stringify(s)} ${statusCellKind(s)}`);
  console.log(out.join("\n"));
});
