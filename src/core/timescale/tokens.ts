// The words of the timescale grammar, as data. Everything here is lower case.
import type { Cadence } from "../schema/timescale";
import type { Term } from "../calendar/ymd";

/** Month names and the abbreviations officers use, to month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["october", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12],
]);

/** Spellings a misspelt month is compared with (one edit or one swap away, e.g. "Spet", "Febuary"). */
export const FUZZY_MONTH_TARGETS: readonly (readonly [string, number])[] = [
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["sept", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
];

/** Real words one edit from a month name, which must never be read as a month. */
export const NOT_MONTHS: ReadonlySet<string> = new Set([
  "mark",
  "marc",
  "much",
  "seat",
  "sent",
  "jury",
  "julia",
  "tune",
  "dune",
  "june's",
  "apri",
  "octet",
]);

/** School terms and the seasons that name them ("Spring 2004" is the spring term). */
export const TERMS: ReadonlyMap<string, Term> = new Map([
  ["autumn", "autumn"],
  ["spring", "spring"],
  ["summer", "summer"],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1],
  ["1st", 1],
  ["second", 2],
  ["2nd", 2],
  ["third", 3],
  ["3rd", 3],
  ["fourth", 4],
  ["4th", 4],
]);

export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/** Words between a number and its date that carry no meaning ("the 1st of March", "end of"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(["of", "the"]);

/** Connectors that make two dates a range: "April 2003 – March 2004", "Sept 03 to July 04". */
export const RANGE_WORDS: ReadonlySet<string> = new Set([
  "-",
  "to",
  "until",
  "till",
  "til",
  "through",
  "thru",
  "→",
]);

/** Words before a date that make it a start: "From September 2003", "Start: Aug 02". */
export const START_WORDS: ReadonlySet<string> = new Set([
  "from",
  "start",
  "starts",
  "started",
  "starting",
  "commencing",
  "commence",
  "commences",
  "begin",
  "begins",
  "beginning",
  "wef",
  "since",
]);

/** Units of a length of time before "from" ("18 months from October 2020"). */
export const DURATION_UNITS: ReadonlyMap<
  string,
  { readonly months: number; readonly days: number }
> = new Map([
  ["week", { months: 0, days: 7 }],
  ["weeks", { months: 0, days: 7 }],
  ["month", { months: 1, days: 0 }],
  ["months", { months: 1, days: 0 }],
  ["year", { months: 12, days: 0 }],
  ["years", { months: 12, days: 0 }],
]);

/** Counts written as words ("six months from …"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["eighteen", 18],
  ["twenty", 20],
  ["thirty", 30],
]);

/** Words that say a date is still to come, so a year guessed for it is not already past. */
export const FORWARD_WORDS: ReadonlySet<string> = new Set([
  "due",
  "expected",
  "will",
  "shall",
  "scheduled",
  "planned",
  "finishes",
  "ends",
  "upcoming",
  "forthcoming",
]);

/** Words that put a date in the past ("was due in June"): then it is not still to come. */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  "was",
  "were",
  "had",
  "been",
  "originally",
  "previously",
  "overdue",
  "missed",
  "passed",
]);

/** Words that make a length a span beginning at its date ("for / over / a period of 18 months from …"). */
export const DURATION_SPAN_WORDS: ReadonlySet<string> = new Set([
  "for",
  "over",
  "period",
  "lasting",
]);

/** A cadence phrase, matched as whole words; the first one in the cell wins. */
interface CadencePhrase {
  readonly pattern: string;
  readonly cadence: Cadence;
  readonly note?: string;
}

export const CADENCE_PHRASES: readonly CadencePhrase[] = [
  { pattern: "half[- ]?termly", cadence: "half-termly" },
  { pattern: "(?:every|each|per|once an?|once per) half[- ]?term", cadence: "half-termly" },
  { pattern: "termly", cadence: "termly" },
  { pattern: "(?:every|each|per|once an?|once per) term", cadence: "termly" },
  { pattern: "(?:bi|semi)[- ]?annual(?:ly)?", cadence: "bi-annually" },
  { pattern: "twice (?:a |per |each )?year(?:ly)?", cadence: "bi-annually" },
  { pattern: "half[- ]?yearly", cadence: "bi-annually" },
  { pattern: "six[- ]?monthly", cadence: "bi-annually" },
  { pattern: "every (?:six|6) months", cadence: "bi-annually" },
  // a year before it names that year's plan or report ("the 2010/2011 Annual Audit Plan"), not a cadence
  { pattern: "(?<!(?:19|20)\\d\\d(?:[ /-](?:19|20)?\\d\\d)? )annual(?:ly)?", cadence: "annually" },
  { pattern: "yearly", cadence: "annually" },
  { pattern: "per annum", cadence: "annually" },
  {
    pattern: "(?:every|each|per|once an?|once per) (?:school |academic |financial )?year",
    cadence: "annually",
  },
  { pattern: "quarterly", cadence: "quarterly" },
  { pattern: "(?:four|4) times (?:a|per|each) year", cadence: "quarterly" },
  { pattern: "(?:three|3) times (?:a|per|each) year", cadence: "termly" },
  { pattern: "(?:three|3)[- ]?monthly", cadence: "quarterly" },
  { pattern: "(?:every|each|per|once an?|once per) quarter", cadence: "quarterly" },
  { pattern: "every (?:three|3) months", cadence: "quarterly" },
  {
    pattern: "bi[- ]?monthly",
    cadence: "monthly",
    note: "“bi-monthly” read as monthly (no two-monthly cadence)",
  },
  { pattern: "monthly", cadence: "monthly" },
  { pattern: "(?:every|each|per|once an?|once per) month", cadence: "monthly" },
  {
    pattern: "fortnightly|bi[- ]?weekly|every (?:two|2) weeks",
    cadence: "weekly",
    note: "fortnightly read as weekly (there is no fortnightly cadence; the stricter one is used)",
  },
  { pattern: "weekly", cadence: "weekly" },
  { pattern: "(?:every|each|per|once an?|once per) week", cadence: "weekly" },
  {
    pattern: "daily|every day|each day",
    cadence: "weekly",
    note: "daily read as weekly (there is no daily cadence)",
  },
];

/** Words that say the work continues (open-ended), matched as whole words. */
export const OPEN_ENDED_PATTERN = [
  "on[- ]?going",
  // "Continuous Improvement Plan" names a practice, not work that goes on
  "continu(?:ous|ously|al|ally|ing|ation|e|es|ed)(?! improvement)",
  "cont'?d?",
  "as (?:and when )?(?:required|needed|necessary|appropriate)",
  "as and when",
  "when (?:required|needed|necessary)",
  // "… and as they arise", "as the need arises": again whenever the occasion comes
  "as (?:and when )?(?:\\w+ ){0,2}?(?:arise|arises|occur|occurs)\\b",
  // "throughout the year" goes on; "throughout 2024" names the period it lasts
  "throughout(?! (?:the )?(?:(?:19|20)\\d\\d|q[1-4]\\b|quarter|(?:financial|academic|school) year|spring|summer|autumn|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
  "rolling",
  "permanent(?:ly)?",
  "regular(?:ly)?",
  "in progress",
  "until further notice",
  "all year(?: round)?",
  "open[- ]ended",
  "no end date",
  "indefinite(?:ly)?",
  // a cycle longer than a year ("reviewed every three years"): recurring, with no cadence to name
  "every (?:\\d{1,2}|two|three|four|five|ten) years",
].join("|");

/** Relative or conditional words with no date to anchor them: noted, never dated. */
export const RELATIVE_PATTERN = [
  "next (?:year|month|term|week|quarter)",
  "this (?:year|month|term|week|quarter)",
  "immediate(?:ly)?",
  "asap",
  "as soon as possible",
  "subject to",
  "tb[acd]",
  "to be (?:confirmed|agreed|decided|arranged)",
  "short[- ]term",
  "medium[- ]term",
  "long[- ]term",
].join("|");

export const FINANCIAL_WORDS: ReadonlySet<string> = new Set([
  "financial",
  "fy",
  "fin",
  "fiscal",
  "budget",
]);
export const ACADEMIC_WORDS: ReadonlySet<string> = new Set(["academic", "school"]);
