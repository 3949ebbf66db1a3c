import { readFileSync } from "node:fs";
import { mapHeaderRow } from "../src/core/detect/resolve";
import { readHeader } from "../src/core/detect/match";
it("x", () => {
  const { items } = JSON.parse(readFileSync("tests/fixtures/vocabulary/headers.json", "utf8"));
  const out: string[] = [];
  for (const it of items) {
    const got = mapHeaderRow(it.headers).map((m) => m?.field ?? null);
    if (got.every((g, i) => g === (it.fields[i] ?? null))) continue;
    out.push(it.headers.map((h: string, i: number) => `${JSON.stringify(h.slice(0,40))}=${got[i]}${got[i] === it.fields[i] ? "" : `[want ${it.fields[i]}; read ${readHeader(h)?.field}/${readHeader(h)?.kind}]`}`).join(" | "));
  }
  console.log(out.join("\n\n"));
});
