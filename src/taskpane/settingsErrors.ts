/** Plain sentences for the settings a user can get wrong, keyed by the config schema's path. */
const SENTENCES: Readonly<Record<string, string>> = {
  asOf: "The report date must be a date.",
  amberDays: "The amber window must be a whole number of days from 0 to 366.",
  openEnded: "Choose how open-ended actions are rated: Green or Not rated.",
  completeLabel: "The label for complete actions must be 1 to 40 characters.",
  required: "The required fields list names a field the checker does not know.",
};

/**
 * Turns `parseConfig`'s error ("Invalid configuration. amberDays: Too big…; asOf: …") into sentences a
 * user can act on; a path without a sentence keeps zod's own words after the field name.
 */
export function readableSettingsError(error: string): string {
  const body = error.replace(/^Invalid configuration\.\s*/, "");
  const sentences = body.split("; ").map((line) => {
    const colon = line.indexOf(": ");
    const path = colon === -1 ? "" : line.slice(0, colon);
    const top = path.split(".")[0] ?? "";
    if (top === "mappingOverrides") {
      return `A column correction is not valid (${line.slice(colon + 2)}).`;
    }
    return SENTENCES[top] ?? line;
  });
  return [...new Set(sentences)].join(" ");
}
