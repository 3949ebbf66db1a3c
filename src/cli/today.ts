import { londonDate } from "../core/calendar/london";

/** Today in Europe/London: the CLI's default report date. */
export function londonToday(now: Date = new Date()): string {
  return londonDate(now);
}
