export { checkWorkbook } from "./checkWorkbook";
export { checkTable } from "./checkTable";
export { makeIssue, severityOf } from "./issues";
export { highlightPlan } from "./highlightPlan";
