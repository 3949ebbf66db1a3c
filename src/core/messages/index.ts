export { actionLabel, shorten, ukDate } from "./label";
export { FIX, isActionIssueCode, MESSAGE, MESSAGE_TAIL, WORDING, wordingFor } from "./en";
export type { ActionIssueCode, MessageContext, Wording } from "./en";
