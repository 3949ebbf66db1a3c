import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TOOL_VERSION } from "../src/core/version";

it("reports the version package.json declares", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as {
    version: string;
  };
  expect(TOOL_VERSION).toBe(pkg.version);
});
