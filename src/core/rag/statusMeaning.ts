/**
 * What a word in a Status / RAG column says about progress. `complete`, `red`, `amber` and `green` decide
 * the rating; `not-started` and `in-progress` say the action is open, so the dates decide it.
 */
export type StatusMeaning = "complete" | "red" | "amber" | "green" | "not-started" | "in-progress";
