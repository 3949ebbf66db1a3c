import type { RagRule, Rating } from "../schema/action";
import type { Config } from "../schema/config";
import type { Precision } from "../schema/timescale";
import { shortText } from "../text/shorten";
import { dayCount, daysBetween, formatUkDate } from "../calendar/iso";
import { statusMeaning, type StatusMeaning } from "./statusWords";

/** What the rating of one action depends on. */
export interface RateInput {
  /** The status cell's text, or null when there is none (or the column does not record progress). */
  readonly status: string | null;
  /** False when the table's status column records something else (New/Continuing): it is ignored. */
  readonly statusIsProgress?: boolean;
  /** ISO due date (the end of the period the timescale names), or null. */
  readonly due: string | null;
  /** The work continues or recurs (ongoing, termly, from …). */
  readonly ongoing: boolean;
  /** How precise the due date is; used to explain a due date that is the end of a period. */
  readonly precision?: Precision;
  /** The cadence word, if any, to name a recurring action in the reason. */
  readonly cadence?: string | null;
  /** The due date's year was not written: it was taken from the plan (the reason says so). */
  readonly yearGuessed?: boolean;
}

/** A rating with the rule that fired and the reason in words. */
export interface RateResult {
  readonly rag: Rating;
  readonly rule: RagRule;
  /** "Red: due 30/09/2003, 62 days before the report date 01/12/2003, not marked complete". */
  readonly reason: string;
  /** The status word is not in the vocabulary: the caller raises `unknown-status`; dates decided. */
  readonly unknownStatus: boolean;
  /** Days past due when the action is overdue (due before the report date, not complete), else null. */
  readonly overdueDays: number | null;
}

type RatingSettings = Pick<Config, "amberDays" | "openEnded" | "completeLabel">;

const PERIOD_WORDS: Partial<Record<Precision, string>> = {
  month: "the end of the month given",
  term: "the end of the term given",
  quarter: "the end of the quarter given",
  year: "the end of the year given",
  "academic-year": "the end of the academic year given",
  "financial-year": "the end of the financial year given",
};

const YEAR_GUESSED = "the year is not written: taken from the plan";

function dueText(due: string, precision: Precision | undefined, yearGuessed = false): string {
  const period = precision ? PERIOD_WORDS[precision] : undefined;
  const said = [period, yearGuessed ? YEAR_GUESSED : undefined].filter((x) => x !== undefined);
  return `due ${formatUkDate(due)}${said.length ? ` (${said.join("; ")})` : ""}`;
}

interface DateRating {
  readonly rag: Rating;
  readonly rule: RagRule;
  readonly reason: string;
}

/** The date rule: overdue → red, within the amber window → amber, later → green, none → not rated. */
function rateByDate(
  input: RateInput,
  config: RatingSettings,
  asOf: string,
  why: string
): DateRating {
  const report = `the report date ${formatUkDate(asOf)}`;
  const diff = input.due === null ? null : daysBetween(asOf, input.due);
  if (input.due !== null && diff !== null) {
    const due = dueText(input.due, input.precision, input.yearGuessed);
    if (diff < 0) {
      return {
        rag: "red",
        rule: "date-overdue",
        reason: `Red: ${due}, ${dayCount(-diff)} before ${report}, ${why || "not marked complete"}`,
      };
    }
    const tail = why ? `, ${why}` : "";
    if (diff <= config.amberDays) {
      return {
        rag: "amber",
        rule: "date-amber-window",
        // "0 days after" reads as a slip: a board paper says the action falls due on the day itself
        reason: `Amber: ${due}, ${diff === 0 ? `on ${report}` : `${dayCount(diff)} after ${report}`} (within the ${config.amberDays}-day amber window)${tail}`,
      };
    }
    return {
      rag: "green",
      rule: "date-later",
      reason: `Green: ${due}, ${dayCount(diff)} after ${report}${tail}`,
    };
  }
  if (input.ongoing || input.precision === "open-ended" || input.precision === "recurring") {
    const kind = input.cadence
      ? `recurring (${input.cadence})`
      : input.precision === "recurring"
        ? "recurring"
        : "open-ended (ongoing)";
    const tail = why ? `, ${why}` : "";
    return config.openEnded === "green"
      ? {
          rag: "green",
          rule: "open-ended",
          reason: `Green: ${kind} with no due date to miss${tail}`,
        }
      : {
          rag: "not-rated",
          rule: "open-ended",
          reason: `Not rated: ${kind} with no due date${tail}`,
        };
  }
  const tail = why ? `, ${why}` : "";
  return {
    rag: "not-rated",
    rule: "no-due-date",
    reason: `Not rated: no readable due date (missing data)${tail}`,
  };
}

const STATUS_RULE: Record<"complete" | "red" | "amber" | "green", RagRule> = {
  complete: "status-complete",
  red: "status-red",
  amber: "status-amber",
  green: "status-green",
};

const STATUS_LABEL: Record<"red" | "amber" | "green", string> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
};

function overdueDays(due: string | null, rag: Rating, asOf: string): number | null {
  if (due === null || rag === "complete") return null;
  const diff = daysBetween(asOf, due);
  return diff !== null && diff < 0 ? -diff : null;
}

/**
 * Rates one action. A progress status decides when it names a rating (complete, R/A/G and their
 * synonyms); "not started" / "in progress" leave it to the dates, as does a word not in the vocabulary
 * (flagged `unknownStatus`). Dates are compared to the report date `asOf` (ISO) in whole UTC days.
 */
export function rateAction(input: RateInput, config: RatingSettings, asOf: string): RateResult {
  const status = input.statusIsProgress === false ? "" : (input.status ?? "").trim();
  const meaning: StatusMeaning | null = status === "" ? null : statusMeaning(status);
  const quoted = `status '${shortText(status)}'`;

  if (meaning === "complete") {
    return {
      rag: "complete",
      rule: "status-complete",
      reason: `${config.completeLabel}: ${quoted}`,
      unknownStatus: false,
      overdueDays: null,
    };
  }
  if (meaning === "red" || meaning === "amber" || meaning === "green") {
    const due = input.due ? `; ${dueText(input.due, input.precision, input.yearGuessed)}` : "";
    return {
      rag: meaning,
      rule: STATUS_RULE[meaning],
      reason: `${STATUS_LABEL[meaning]}: ${quoted}${due}`,
      unknownStatus: false,
      overdueDays: overdueDays(input.due, meaning, asOf),
    };
  }

  const unknownStatus = status !== "" && meaning === null;
  const why =
    meaning === "not-started"
      ? `${quoted} (not started)`
      : meaning === "in-progress"
        ? `${quoted}`
        : unknownStatus
          ? `${quoted} not recognised, rated by date`
          : "";
  const dated = rateByDate(input, config, asOf, why && dateWhy(why, input, asOf));
  return { ...dated, unknownStatus, overdueDays: overdueDays(input.due, dated.rag, asOf) };
}

/** Red by date reads "…, not marked complete (status 'In progress')"; others just append the status. */
function dateWhy(why: string, input: RateInput, asOf: string): string {
  const diff = input.due === null ? null : daysBetween(asOf, input.due);
  return diff !== null && diff < 0 ? `not marked complete (${why})` : why;
}

/** An action is overdue when its due date is before the report date and it is not complete. */
export function isOverdue(due: string | null, rating: Rating, asOf: string): boolean {
  return overdueDays(due, rating, asOf) !== null;
}
