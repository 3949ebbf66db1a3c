import type { OutsideOfficeReason } from "../boot";

/** What to tell the user for one reason the pane cannot run. */
export interface OutsideOfficeText {
  readonly title: string;
  readonly body: string;
  /** Whether the user is probably in a plain browser, so the no-Excel demo is worth mentioning. */
  readonly suggestDemo: boolean;
}

/** How to try the checker without Excel (shown when the page was opened in a plain browser). */
export const DEMO_HINT =
  "To try the checker without Excel, run npm run demo:web in the project folder.";

/** The wording per reason, in one table so the pane and its tests agree. */
export const OUTSIDE_OFFICE_TEXT: Readonly<Record<OutsideOfficeReason, OutsideOfficeText>> = {
  "no-office-js": {
    title: "Office could not be loaded",
    body:
      "This page is the task pane of Action Plan Checker, an Excel add-in, but Microsoft's Office library " +
      "(office.js) did not load. Check the internet connection, then open the add-in from Excel: " +
      "Home > Check plan.",
    suggestDemo: true,
  },
  "no-host": {
    title: "Open this page from Excel",
    body:
      "This page is the task pane of Action Plan Checker, an Excel add-in, so it only works inside Excel. " +
      "Open the workbook that holds the action plan and select Home > Check plan.",
    suggestDemo: true,
  },
  "not-excel": {
    title: "This add-in works in Excel only",
    body: "Action Plan Checker checks action plans kept in Excel workbooks. Open the plan in Excel and select Home > Check plan.",
    suggestDemo: false,
  },
  "excel-too-old": {
    title: "This version of Excel is too old",
    body:
      "Action Plan Checker needs Excel 2021 or later, Excel in Microsoft 365, Excel on the web, or Excel for " +
      "Mac 16.24 or later (Excel JavaScript API 1.9).",
    suggestDemo: false,
  },
  timeout: {
    title: "Open this page from Excel",
    body:
      "Office did not start within 5 seconds. This page is the task pane of Action Plan Checker, an Excel " +
      "add-in: open it from Excel (Home > Check plan). If you are already in Excel, wait a moment: the pane " +
      "appears as soon as Excel is ready.",
    suggestDemo: true,
  },
  "office-failed": {
    title: "Excel could not start the add-in",
    body: "Close this pane and select Home > Check plan again. If it keeps happening, restart Excel.",
    suggestDemo: false,
  },
};
