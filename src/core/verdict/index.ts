export { verdictOf, verdictSentence, updateIsCurrent, type VerdictConfig } from "./verdict";
export { reportSummary } from "./summaryJson";
export { addDays } from "./days";
