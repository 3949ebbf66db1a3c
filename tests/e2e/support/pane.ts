import type { Demo } from "./demo";

export const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * Clicks "Check this workbook" and waits for the whole check: the report shows before the highlights
 * are written, and until they are the pane's buttons are disabled-but-focusable (an Enter on one then
 * does nothing), so "Check again" appearing is not enough.
 */
export async function checkWorkbook(demo: Demo): Promise<void> {
  await demo.pane.getByRole("button", { name: "Check this workbook" }).click();
  await demo.pane.getByRole("button", { name: "Check again" }).waitFor();
  await demo.pane.locator('main[aria-busy="false"]').waitFor();
}

/** The verdict's counts as the pane shows them ("4 errors", "45 warnings", "0 tips"). */
export async function verdictCounts(demo: Demo): Promise<string[]> {
  const verdict = demo.pane.locator("[data-verdict]").first();
  return verdict.getByRole("list", { name: "Issue counts" }).getByRole("listitem").allInnerTexts();
}

/** The words the verdict should show for counts by severity. */
export function countTexts(c: { error: number; warning: number; info: number }): string[] {
  return [plural(c.error, "error"), plural(c.warning, "warning"), plural(c.info, "tip")];
}

/** Picks an option of a Fluent dropdown with the mouse. */
export async function choose(
  demo: Demo,
  label: string | RegExp,
  option: string | RegExp
): Promise<void> {
  await demo.pane.getByRole("combobox", { name: label }).click();
  await demo.pane.getByRole("option", { name: option }).click();
}

/** Opens an accordion section of the pane ("Tables found (10)", "Ratings", "Settings"). */
export async function openSection(demo: Demo, name: RegExp): Promise<void> {
  const header = demo.pane.getByRole("button", { name });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}
