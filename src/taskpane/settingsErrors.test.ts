import { parseConfig } from "../core/schema";
import { readableSettingsError } from "./settingsErrors";

function errorFor(input: unknown): string {
  const result = parseConfig(input);
  if (result.ok) throw new Error("expected the input to be invalid");
  return result.error;
}

describe("readableSettingsError", () => {
  it.each<[string, unknown, string]>([
    [
      "amber days too big",
      { amberDays: 400 },
      "The amber window must be a whole number of days from 0 to 366.",
    ],
    [
      "amber days not a number",
      { amberDays: Number.NaN },
      "The amber window must be a whole number",
    ],
    ["amber days a fraction", { amberDays: 2.5 }, "whole number of days"],
    ["report date not a date", { asOf: "31/03/2026" }, "The report date must be a date."],
    ["empty complete label", { completeLabel: "" }, "1 to 40 characters"],
    [
      "bad override column",
      { mappingOverrides: { "Plan!A4": { owner: "c9" } } },
      "A column correction is not valid",
    ],
  ])("%s", (_name, input, expected) => {
    const readable = readableSettingsError(errorFor(input));
    expect(readable).toContain(expected);
    expect(readable).not.toContain("Invalid configuration");
  });

  it("says each problem once", () => {
    const readable = readableSettingsError(
      errorFor({ amberDays: -1, asOf: "x", completeLabel: "" })
    );
    expect(readable.match(/amber window/g)).toHaveLength(1);
    expect(readable).toContain("report date");
    expect(readable).toContain("complete actions");
  });
});
