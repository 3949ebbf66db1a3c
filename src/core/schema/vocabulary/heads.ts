import type { FieldName } from "../fields";

/**
 * A header that names a period ("RAG May 20", "Status Q3", "Update – Spring 2023"): one of a series of
 * dated columns. A month may carry its year run on ("FEB23", "Mar 2023").
 */
export const PERIOD_RE =
  /(?:^| )(?:\d{2,4}|q[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)(?:\d{2}|\d{4})?|quarter)(?= |$)/;

/**
 * The head term of a header (the main noun of its main phrase, "November progress *update* from action
 * lead") names its field. `before` lets the word in front change the field ("start date", "review date");
 * null there means that qualifier names no field ("meeting date").
 */
export interface HeadTerm {
  readonly field: FieldName;
  readonly words: readonly string[];
  readonly before?: Readonly<Record<string, FieldName | null>>;
  /**
   * Words in front that keep the field but make the reading weak (`QUALIFIED_SCORE`): the reference of a
   * minute or a paper is the action's ref only where no column of the row is a plainer one.
   */
  readonly weakBefore?: readonly string[];
  /**
   * A container noun ("item", "point"): when the word in front is itself a head term, that word names the
   * field ("Action item" is an action, not a reference).
   */
  readonly container?: boolean;
  /**
   * How sure the reading is when lower than a head term's usual (0.75): a weak head names its field only
   * when no column of the row names it better, and a second column read this way names nothing.
   */
  readonly score?: number;
}

/** Words before a date's head that make it another field's date, or no field's ("meeting date"). */
const DATE_QUALIFIERS: Readonly<Record<string, FieldName | null>> = {
  start: "start",
  starting: "start",
  commencement: "start",
  review: "review",
  meeting: null,
  committee: null,
  board: null,
  report: null,
  raised: null,
  closed: null,
  closure: null,
  update: null,
  exec: null,
  // a planned date is the due date, and wins over a word that names none ("Proposed / actual date")
  proposed: "due",
  planned: "due",
  target: "due",
  expected: "due",
  forecast: "due",
  estimated: "due",
  revised: "due",
  // when it was actually done, not when it is due ("Real end date", "Actual completion date")
  actual: null,
  real: null,
  completed: null,
  implemented: null,
  achieved: null,
};

/** How sure a head term is when a qualifier in front weakens it (`weakBefore`): below a generic synonym. */
export const QUALIFIED_SCORE = 0.45;

export const HEAD_TERMS: readonly HeadTerm[] = [
  {
    field: "ref",
    words: ["ref", "refs", "reference", "no", "nos", "number", "id", "#"],
    // a reference into another register, strategy or policy is a cross-reference: links
    before: { register: "links", strategy: "links", policy: "links", framework: "links" },
    weakBefore: ["minute", "minutes", "paper", "meeting", "committee", "board", "report", "audit"],
  },
  {
    field: "ref",
    words: ["item", "items"],
    // an agenda item is the business discussed, not a reference the checks read
    before: { agenda: null },
    container: true,
  },
  {
    field: "action",
    words: [
      "action",
      "actions",
      "task",
      "tasks",
      "activity",
      "activities",
      "steps",
      "interventions",
      // what will be done, by the plan's own word for it ("Strategies", "Activities/Strategies")
      "strategies",
    ],
  },
  // how it will be carried out: the action only where no column names one ("Action | Implementation")
  { field: "action", words: ["implementation"], score: 0.6 },
  // milestones are the steps or checkpoints of an action: the action only where no column names one
  { field: "action", words: ["milestone", "milestones"], score: 0.5 },
  // what the actions answer: a recommendation, a finding, an objective (the action when no column is one)
  {
    field: "outcome",
    words: [
      "outcome",
      "outcomes",
      "impact",
      "measure",
      "measures",
      "indicator",
      "indicators",
      "kpi",
      "kpis",
      "criteria",
      "target",
      "targets",
      "deliverables",
      "outputs",
      "objective",
      "objectives",
      "improvement",
      "improvements",
      "recommendation",
      "recommendations",
      "suggestion",
      "suggestions",
      "finding",
      "findings",
      "issues",
      // an audit's findings by other names, and what the action is to achieve
      "exception",
      "exceptions",
      "weakness",
      "weaknesses",
      "effectiveness",
      "benefit",
      "benefits",
      // what a strategy's actions are to bring about ("Strategic direction result", "Expected results")
      "result",
      "results",
    ],
  },
  // job titles ("Group Manager", "Parent Partnership Officer") are owners' names, not headers: not here
  {
    field: "owner",
    words: [
      "owner",
      "owners",
      "lead",
      "leads",
      "responsibility",
      "actionee",
      "assignee",
      "councillor",
      "champion",
      "champions",
      "sponsor",
      "sponsors",
      // who writes it ("Plan author", "Report author") is who delivers it
      "author",
      "authors",
    ],
  },
  {
    field: "partners",
    words: [
      "partners",
      "stakeholders",
      "audience",
      "support",
      "consultation",
      "consultees",
      "contributors",
      "contributor",
      "collaborators",
    ],
  },
  {
    field: "due",
    words: [
      "deadline",
      "deadlines",
      "timescale",
      "timescales",
      "timeframe",
      "timeframes",
      "timeline",
      "timelines",
      "timing",
      "timings",
      "timetable",
      "due",
    ],
    before: DATE_QUALIFIERS,
  },
  // a bare "… date" ("New date", "Date of completion and outcome") is the due date only where no column
  // names the due date better: beside "Target date" it records something else (a revision, a completion)
  {
    field: "due",
    // a bare "Time" is the timing column of a plan ("Responsibility | Time | Output")
    words: ["date", "dates", "time"],
    score: 0.6,
    before: DATE_QUALIFIERS,
  },
  {
    field: "status",
    // software's "State" (Pending / Open / Closed Complete) is the status by another name
    words: ["status", "rag", "brag", "rating", "state"],
    // a rating of something else is no progress status ("Priority rating", "Risk rating")
    before: { priority: null, risk: null, likelihood: null, severity: null, assurance: null },
  },
  {
    field: "progress",
    words: [
      "progress",
      "update",
      "updates",
      "comments",
      "commentary",
      "narrative",
      "notes",
      "remarks",
      "position",
      "observations",
      "response",
      "responses",
      // what has been achieved so far ("Achievement: Local work underway")
      "achievement",
      "achievements",
    ],
  },
  { field: "monitoring", words: ["monitoring", "oversight", "assurance", "evidence"] },
  { field: "evaluation", words: ["evaluation"] },
  { field: "resources", words: ["resources", "costs", "budget", "resourcing"] },
  { field: "funding", words: ["funding"] },
  { field: "links", words: ["links"] },
  { field: "review", words: ["review"] },
];

/**
 * Words after a header's head that leave it the head ("Actions *needed*", "Monitoring *how when*"), and
 * numbers ("Outcome 2021 22") which are skipped too.
 */
export const TRAILING_WORDS: readonly string[] = [
  "how",
  "when",
  "whom",
  "who",
  "what",
  "why",
  "where",
  "required",
  "needed",
  "proposed",
  "planned",
  "identified",
  "agreed",
  "made",
  "raised",
];

/**
 * The action when a row has no column that names one, first listed first: a response answers the
 * recommendation beside it ("PCP comment | PCC response": what will be done is the response), else the
 * recommendation or finding is what is acted on.
 */
export const ACTION_FALLBACK: readonly string[] = [
  "response",
  "responses",
  "recommendation",
  "recommendations",
  "finding",
  "findings",
  "exception",
  "exceptions",
  "weakness",
  "weaknesses",
];

/**
 * Words that end a header's main phrase: what follows qualifies it ("Date *of* meeting", "Update *from*
 * action lead"). A header that starts with one of them is read whole.
 */
export const PHRASE_BREAKS: readonly string[] = [
  "of",
  "for",
  "from",
  "to",
  "with",
  "in",
  "on",
  "at",
  "against",
  "including",
  "by",
  "e",
  "eg",
  "i",
  "ie",
  "and",
  "or",
  "if",
  "where",
];

/**
 * Whole-header synonyms too generic to win a field against a column that names it better: a bare "Date"
 * beside "Target date" is not the due date; "Lead" beside "Action owner" is not the owner.
 */
export const GENERIC_SYNONYMS: ReadonlySet<string> = new Set([
  "date",
  "dates",
  "when",
  "by",
  "end",
  "finish",
  "from",
  "lead",
  "leads",
  "description",
  "what",
  "update",
  "updates",
  "notes",
  "comments",
  "comment",
  "complete",
  "completed",
  "done",
  "item",
  "no",
  "number",
  "id",
  "officer",
  "person",
  "who",
  "target",
  "targets",
  "measures",
  "impact",
  // a completion date may record when it was done: the due date only where no column names it more surely
  "completion",
  "completion date",
  "date of completion",
]);
