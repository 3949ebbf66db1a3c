// The grammar's table of cases: the README's timescale conventions row by row, then what officers also
// write. Shared by parse.test.ts (which asserts them) and chrono.measure.test.ts (which scores chrono-node
// on them). Test-only data: nothing in the product imports it.
import type { Cadence, Precision } from "../schema/timescale";

/** What a case expects; fields left out are not checked. */
export interface Expected {
  readonly start?: string | null;
  readonly due?: string | null;
  readonly ongoing?: boolean;
  readonly cadence?: Cadence | null;
  readonly precision?: Precision;
  /** A note containing this text is expected (a guess was made). */
  readonly note?: string;
}

/** Due date only, not ongoing, no start or cadence. */
function due(iso: string, precision: Precision, note?: string): Expected {
  return {
    start: null,
    due: iso,
    ongoing: false,
    cadence: null,
    precision,
    ...(note ? { note } : {}),
  };
}
function span(start: string, end: string, precision: Precision): Expected {
  return { start, due: end, ongoing: false, cadence: null, precision };
}
const OPEN: Expected = {
  start: null,
  due: null,
  ongoing: true,
  cadence: null,
  precision: "open-ended",
};
function every(cadence: Cadence, note?: string): Expected {
  return {
    start: null,
    due: null,
    ongoing: true,
    cadence,
    precision: "recurring",
    ...(note ? { note } : {}),
  };
}
function from(start: string): Expected {
  return { start, due: null, ongoing: true, cadence: null, precision: "open-ended" };
}
const NONE: Expected = { start: null, due: null, ongoing: false, cadence: null, precision: "none" };

/** The README's "Timescale conventions (product spec)" table, one row per example. */
export const SPEC_CASES: readonly (readonly [string, Expected])[] = [
  ["Sept 2003", due("2003-09-30", "month")],
  ["March 2004", due("2004-03-31", "month")],
  ["By 30/09/03", due("2003-09-30", "day")],
  ["Spring term 2004.", due("2004-03-31", "term")],
  ["Spring 2004", due("2004-03-31", "term")],
  ["Summer term 2002", due("2002-07-31", "term")],
  ["Autumn 2003", due("2003-12-31", "term")],
  ["Autumn term 2003", due("2003-12-31", "term")],
  ["Autumn Term 2003", due("2003-12-31", "term")],
  ["2004", due("2004-12-31", "year")],
  ["2009-10", due("2010-08-31", "academic-year", "academic year (default: a hyphen")],
  ["2009 – 2010", due("2010-08-31", "academic-year")],
  ["2004-2007", span("2004-01-01", "2007-12-31", "year")],
  ["April 2003 – March 2004", span("2003-04-01", "2004-03-31", "month")],
  ["Start: Aug 02\nEnd: Oct 02", span("2002-08-01", "2002-10-31", "month")],
  ["Start: 21/11/02\nEnd: Cont", from("2002-11-21")],
  ["Start: Spet 02\nEnd: Cont.", { ...from("2002-09-01"), note: "misspelt month" }],
  ["Ongoing", OPEN],
  ["On going", OPEN],
  ["Continuous", OPEN],
  ["continuous", OPEN],
  ["Termly", every("termly")],
  ["Annually", every("annually")],
  ["Monthly reviews –", every("monthly")],
  ["Half-termly meetings", every("half-termly")],
  ["Half termly meetings + Behaviour Strategy Steering Gp", every("half-termly")],
  ["Annually Spring term", every("annually")],
  ["From September 2003", from("2003-09-01")],
  ["From July 2003", from("2003-07-01")],
  ["Monitoring plan in place and implemented from 01/11/03", from("2003-11-01")],
  [
    "continuous to October 2004",
    { start: null, due: "2004-10-31", ongoing: true, cadence: null, precision: "month" },
  ],
  [
    "Continuing to March 2004",
    { start: null, due: "2004-03-31", ongoing: true, cadence: null, precision: "month" },
  ],
  ["Autumn 2003 + Summer 2004", due("2004-07-31", "term", "several dates")],
  ["Sept 2003\nMarch 2004", due("2004-03-31", "month", "several dates")],
  ["2002-03 summary report available 01/10/03", due("2003-10-01", "day", "several dates")],
  [
    "Jan 2014 and Annually",
    { start: null, due: "2014-01-31", ongoing: true, cadence: "annually", precision: "month" },
  ],
  [
    "Ongoing – termly reports conference 2004",
    { start: null, due: "2004-12-31", ongoing: true, cadence: "termly", precision: "year" },
  ],
  [
    "Ongoing + programme agreed for Summer term 2002",
    { start: null, due: "2002-07-31", ongoing: true, cadence: null, precision: "term" },
  ],
  [
    "Register Inspection feedback Autumn 2003 + Summer 2004,\nQuality Protects Action Plan,\nSteering Groups ongoing",
    { start: null, due: "2004-07-31", ongoing: true, cadence: null, precision: "term" },
  ],
  ["subject to funding", NONE],
  [
    "Termly reports to the Steering Group\nAnnual SLA review\nBi-annual register Inspection feedback reports.",
    every("termly"),
  ],
  ["Annually to the Schools Forum (more frequently where required)", every("annually")],
];

/** Beyond the fixtures: what officers also write. */
export const MORE_CASES: readonly (readonly [string, Expected])[] = [
  // Day-first numeric dates, always.
  ["30/09/2003", due("2003-09-30", "day")],
  ["12/01/2004", due("2004-01-12", "day")],
  ["1/4/04", due("2004-04-01", "day")],
  ["1.11.03", due("2003-11-01", "day")],
  ["21-11-02", due("2002-11-21", "day")],
  ["2004-03-31", due("2004-03-31", "day")],
  ["31/09/03", { ...NONE, note: "not a real date" }],
  ["09/30/03", { ...NONE, note: "day first" }],
  // Days written out.
  ["30th September 2003", due("2003-09-30", "day")],
  ["1st Oct 03", due("2003-10-01", "day")],
  ["3rd of March 2004", due("2004-03-03", "day")],
  ["30-Sep-2003", due("2003-09-30", "day")],
  ["September 30th, 2003", due("2003-09-30", "day")],
  ["by the 15 March 2004", due("2004-03-15", "day")],
  // Month abbreviations, misspellings, run-together years.
  ["Sep 2003", due("2003-09-30", "month")],
  ["Sept 03", due("2003-09-30", "month")],
  ["Sept. 2003", due("2003-09-30", "month")],
  ["Jan 04", due("2004-01-31", "month")],
  ["Febuary 2004", due("2004-02-29", "month", "misspelt month")],
  ["Feburary 2005", due("2005-02-28", "month", "misspelt month")],
  ["Septmeber 2003", due("2003-09-30", "month", "misspelt month")],
  ["Ocotber 2003", due("2003-10-31", "month", "misspelt month")],
  ["Dec02", due("2002-12-31", "month")],
  ["Sept2003", due("2003-09-30", "month")],
  ["Jan-14", due("2014-01-31", "month")],
  ["End: Jul 03", due("2003-07-31", "month")],
  // School terms and half-terms.
  ["Autumn 1 2004", due("2004-10-31", "term")],
  ["Autumn 2 2004", due("2004-12-31", "term")],
  ["first half of autumn term 2004", due("2004-10-31", "term")],
  ["1st half of the Autumn term 2004", due("2004-10-31", "term")],
  ["Autumn half term 2004", due("2004-10-31", "term")],
  ["October half term 2004", due("2004-10-31", "month")],
  ["Spring 1 2004", due("2004-02-29", "term")],
  ["Spring 1 2005", due("2005-02-28", "term")],
  ["Summer 1 2004", due("2004-05-31", "term")],
  ["second half of the summer term 2004", due("2004-07-31", "term")],
  ["end of summer term 2004", due("2004-07-31", "term")],
  ["Autumn 03", due("2003-12-31", "term")],
  ["Autumn term 2003/04", due("2003-12-31", "term")],
  ["Summer term 2003/04", due("2004-07-31", "term")],
  ["start of the autumn term 2004", due("2004-09-01", "term")],
  ["summer holidays 2004", due("2004-08-31", "term")],
  ["Spring term", { ...NONE, note: "no year" }],
  // Academic and financial years, quarters.
  // a bare pair: a slash is a financial year, a hyphen an academic one (nothing else in the cell or plan)
  ["2009/10", due("2010-03-31", "financial-year", "financial year (default: a slash")],
  ["2009/2010", due("2010-03-31", "financial-year")],
  ["2004/5", due("2005-03-31", "financial-year")],
  ["2009-2010", due("2010-08-31", "academic-year")],
  ["24/25", due("2025-03-31", "financial-year")],
  ["23-24", due("2024-08-31", "academic-year")],
  ["2015/16 to 2019/20", span("2015-04-01", "2020-03-31", "financial-year")],
  ["year 1 (2022 to 23)", due("2023-08-31", "academic-year")],
  ["Q1 23-24", due("2023-06-30", "quarter")],
  ["quarter one 2025/2026", due("2025-06-30", "quarter")],
  ["Quarter two of 2024/25", due("2024-09-30", "quarter")],
  ["in Quarter 1 of 2022/23", due("2022-06-30", "quarter")],
  ["from quarter 2 2009/2010", from("2009-07-01")],
  ["11/12/13", due("2013-12-11", "day")],
  ["academic year 2009/10", due("2010-08-31", "academic-year")],
  ["2009/10 financial year", due("2010-03-31", "financial-year")],
  ["FY 2014/15", due("2015-03-31", "financial-year")],
  ["FY14/15", due("2015-03-31", "financial-year")],
  ["financial year 2014-15", due("2015-03-31", "financial-year")],
  ["end of the 2014-15 financial year", due("2015-03-31", "financial-year")],
  ["Q3 2014/15", due("2014-12-31", "quarter")],
  ["Q4 2014/15", due("2015-03-31", "quarter")],
  ["Q1 2015/16", due("2015-06-30", "quarter")],
  ["third quarter of 2014/15", due("2014-12-31", "quarter")],
  ["Q1 2015", due("2015-03-31", "quarter")],
  ["Quarter 2 2015", due("2015-06-30", "quarter")],
  // Spans and ranges.
  ["2004 to 2007", span("2004-01-01", "2007-12-31", "year")],
  ["Sept 03 to July 04", span("2003-09-01", "2004-07-31", "month")],
  ["Sept 03 - July 04", span("2003-09-01", "2004-07-31", "month")],
  ["Sept - Dec 2003", span("2003-09-01", "2003-12-31", "month")],
  ["Dec - March 2004", span("2003-12-01", "2004-03-31", "month")],
  ["01/09/03 - 31/07/04", span("2003-09-01", "2004-07-31", "day")],
  ["Autumn 2003 – Summer 2004", span("2003-09-01", "2004-07-31", "term")],
  ["From Sept 2003 to July 2004", span("2003-09-01", "2004-07-31", "month")],
  ["between April 2003 and March 2004", span("2003-04-01", "2004-03-31", "month")],
  ["Start: Aug 02 End: Oct 02", span("2002-08-01", "2002-10-31", "month")],
  ["Start: Oct 02\nEnd: July 02", span("2002-10-01", "2002-07-31", "month")],
  // by / from / until / onwards.
  ["By March 2004", due("2004-03-31", "month")],
  ["by end of March 2004", due("2004-03-31", "month")],
  ["Until March 2004", due("2004-03-31", "month")],
  ["From 01/11/03", from("2003-11-01")],
  ["Starting in September 2003", from("2003-09-01")],
  ["April 2004 onwards", from("2004-04-01")],
  [
    "From Sept 2003, review July 2004",
    { start: "2003-09-01", due: "2004-07-31", ongoing: true, cadence: null, precision: "month" },
  ],
  ["Since April 2013", from("2013-04-01")],
  ["Sept 2003 – ongoing", from("2003-09-01")],
  ["Oct 02 to on-going", from("2002-10-01")],
  ["July '04", due("2004-07-31", "month")],
  ["Oct HT 2014", due("2014-10-31", "month")],
  // the six-term year: Term 1 is Autumn 1 … Term 6 is Summer 2
  ["Term 1 2014", due("2014-10-31", "term")],
  ["Term 3 2015", due("2015-02-28", "term")],
  ["Term 4 2014/15", due("2015-03-31", "term")],
  ["Term 6 2015", due("2015-07-31", "term")],
  ["Term 6", { ...NONE, note: "no year" }],
  ["Term 7 2014", due("2014-12-31", "year")],
  ["09/2014", due("2014-09-30", "month")],
  ["By 2/2015", due("2015-02-28", "month")],
  // not a month and its year: two digits could be a day and month, a month 13, numbers run on, a dot
  ["03/14", NONE],
  ["13/2014", due("2014-12-31", "year")],
  ["1/2014/15", due("2015-03-31", "financial-year", "financial year")],
  ["Phase 1.2014", due("2014-12-31", "year")],
  ["Autumn '03", due("2003-12-31", "term")],
  ["Jan/Feb 2004", due("2004-02-29", "month", "several dates")],
  ["Spring/Summer 2004", due("2004-07-31", "term")],
  ["in December2013", due("2013-12-31", "month")],
  ["(draft April 2003; final May 2003)", due("2003-05-31", "month", "several dates")],
  [
    "When we will start and finish: September 2002 to July 2003",
    span("2002-09-01", "2003-07-31", "month"),
  ],
  // Open-ended words.
  ["on-going", OPEN],
  ["Continual", OPEN],
  ["as required", OPEN],
  ["As and when", OPEN],
  ["throughout the year", OPEN],
  // … but a period after "throughout" is the period the work lasts, and a practice's name is no open end
  ["monitored throughout 2024", due("2024-12-31", "year")],
  ["throughout Summer 2024", due("2024-07-31", "term")],
  ["Continuous Improvement Plan 2017-2020", span("2017-01-01", "2020-12-31", "year")],
  // a length counted from a date: a span that begins there, or an offset after it
  ["for a period of 18 months from October 2020", span("2020-10-01", "2022-03-31", "month")],
  ["over six months from 1 April 2024", span("2024-04-01", "2024-09-30", "day")],
  ["4 to 6 months from June 2023", due("2023-12-31", "month")],
  ["within 3 months from 17 March 2015", due("2015-06-17", "day")],
  ["two weeks from 1 May 2024", due("2024-05-15", "day")],
  ["End: Cont", OPEN],
  // Cadences: the first recurring word wins.
  ["Weekly", every("weekly")],
  ["Fortnightly", every("weekly", "fortnightly read as weekly")],
  ["Monthly", every("monthly")],
  ["half-termly", every("half-termly")],
  ["every half term", every("half-termly")],
  ["each term", every("termly")],
  ["Quarterly", every("quarterly")],
  ["bi-annual", every("bi-annually")],
  ["Biannually", every("bi-annually")],
  ["twice yearly", every("bi-annually")],
  ["twice a year", every("bi-annually")],
  ["six-monthly", every("bi-annually")],
  ["annual", every("annually")],
  ["Yearly", every("annually")],
  ["each year", every("annually")],
  ["Annual review, then termly", every("annually")],
  // Several dates, dates inside sentences, amounts that are not years.
  ["Sept 2003, March 2004 and July 2004", due("2004-07-31", "month", "several dates")],
  ["March and July 2004", due("2004-07-31", "month", "several dates")],
  // a day after a dash that a month follows starts the range's end: never the year of the month before
  ["3 March - 14 April 2004", span("2004-03-03", "2004-04-14", "day")],
  ["report to Cabinet in March 2004", due("2004-03-31", "month")],
  ["Cost £2000, by March 2004", due("2004-03-31", "month")],
  ["Easter 2004", due("2004-04-11", "day", "Easter Sunday")],
  ["Christmas 2003", due("2003-12-25", "day")],
  // No anchor date.
  ["next year", { ...NONE, note: "next year" }],
  ["immediately", { ...NONE, note: "immediately" }],
  ["ASAP", { ...NONE, note: "asap" }],
  ["TBC", NONE],
  ["By March", { ...NONE, note: "no year" }],
  ["Summer", NONE],
  ["May be delayed", NONE],
  ["Phase 2", NONE],
];
