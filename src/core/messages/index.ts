export { actionLabel, shorten, ukDate } from "./label";
export { WORDING, wordingFor } from "./en";
export type { MessageContext, Wording } from "./en";
