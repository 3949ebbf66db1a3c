export { rateAction, isOverdue } from "./rate";
export type { RateInput, RateResult } from "./rate";
export { isProgressStatusColumn, statusCellKind, statusColumnKind } from "./statusColumn";
export type { StatusCellKind, StatusColumnKind } from "./statusColumn";
export {
  STATUS_WORDS,
  NOT_PROGRESS_WORDS,
  statusMeaning,
  normaliseStatus,
  isNotProgressWord,
} from "./statusWords";
export type { StatusMeaning } from "./statusWords";
export { daysBetween, formatUkDate, dayCount } from "../calendar/iso";
