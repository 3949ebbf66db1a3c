import { londonDate } from "../core/calendar/london";

/**
 * Today in Europe/London (YYYY-MM-DD): the default report date of the pane and the CLI alike. The core reads
 * no clock; the application reads it here, once for both.
 */
export function londonToday(now: Date = new Date()): string {
  return londonDate(now);
}
