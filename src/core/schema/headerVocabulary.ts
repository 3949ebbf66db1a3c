import type { FieldName } from "./fields";

/**
 * Header wording beyond whole-header synonyms (those stay in `fields.ts`): the rules that read a header's
 * words as people write them. Everything here is data; `detect/match.ts` applies it. Phrases are in
 * normalised form (`detect/normalise.ts`): lower case, punctuation folded to spaces.
 *
 * A header is read in this order, first answer wins: an exact synonym; a rule below (qualifiers, questions,
 * audit wording); its head term (the main noun of its main phrase); a keyword it starts with or contains.
 */

/**
 * A rule over a header's words. Each entry of `all` is a set of alternatives ("a|b") of which one must occur
 * as whole words; `unless` phrases veto the rule; `start` requires the first `all` entry to open the header.
 * `field: null` means the header names no field the checks read (a date raised is not a due date), which
 * stops the weaker readings below it from mapping the column.
 */
export interface HeaderRule {
  readonly field: FieldName | null;
  readonly all: readonly string[];
  readonly unless?: readonly string[];
  readonly start?: boolean;
  readonly score: number;
  /** Why, in words, for the pane and the JSON report. */
  readonly reason: string;
}

const DONE = "taken|update|updates|updated|progress|completed|undertaken|achieved|to date|so far";
const EVENT =
  "completed|actioned|raised|agreed|opened|logged|identified|added|created|recorded|entered|issued|received|reported|approved|made|closed|of meeting|of the meeting|of committee|of board|of decision|of report|of inspection|of audit";

export const HEADER_RULES: readonly HeaderRule[] = [
  // qualifiers that change the field
  {
    field: "progress",
    all: ["action|actions", DONE],
    unless: ["to be taken", "will be taken", "be taken", "action required", "next", "planned"],
    score: 0.95,
    reason: "says what has been done on the action, not the action: progress",
  },
  {
    field: "progress",
    all: [
      "status|lead|owner|officer|management|manager",
      "update|updates|comment|comments|commentary|narrative|notes",
    ],
    score: 0.9,
    reason: "an update or comment: progress",
  },
  {
    field: null,
    all: ["date|dates", EVENT],
    start: true,
    unless: ["target", "due", "completion date", "to be", "by"],
    score: 0.95,
    reason: "the date something happened, not when the action is due",
  },
  {
    field: null,
    all: ["meeting|committee|board|raised|agreed|opened|logged|identified|added", "date|dates"],
    unless: ["target", "due", "implementation", "completion", "deadline", "revised"],
    start: true,
    score: 0.95,
    reason: "the date of a meeting or of the item's record, not when the action is due",
  },
  // questions
  {
    field: "outcome",
    all: [
      "how will we know|how will you know|how do we know|how will it be measured|how will we measure|how will success be measured|how will impact be measured|what does success look like|what will success look like|what will it look like|what difference|what will be different|what will change|what impact|what will be the impact|what are we trying to achieve|what do we want to achieve",
    ],
    start: true,
    score: 0.9,
    reason: "a question about what success or impact will be: outcome",
  },
  {
    field: null,
    all: ["why"],
    start: true,
    score: 0.9,
    reason: "a question asking why: the rationale, not a field the checks read",
  },
  {
    field: "owner",
    all: ["who|by whom|whom"],
    unless: [
      "monitor",
      "involved",
      "else",
      "support",
      "partners",
      "benefit",
      "consulted",
      "inform",
    ],
    start: true,
    score: 0.9,
    reason: "a question asking who: owner",
  },
  {
    field: "monitoring",
    all: ["who|how|when", "monitor|monitored|monitoring|oversee|oversight|reviewed"],
    start: true,
    score: 0.85,
    reason: "a question about monitoring: monitoring",
  },
  {
    field: "due",
    all: ["when|by when|by what date|how long|what date|target"],
    unless: ["start", "review", "monitor", "began", "raised"],
    start: true,
    score: 0.9,
    reason: "a question asking by when: due",
  },
  {
    field: "action",
    all: ["how|what"],
    unless: [
      "who",
      "when",
      "monitor",
      "evaluat",
      "resource",
      "cost",
      "funding",
      "issue",
      "problem",
      "risk",
      "gap",
      "finding",
      "why",
    ],
    start: true,
    score: 0.85,
    reason: "a question about what will be done or how: the action",
  },
  // audit and scrutiny trackers
  {
    field: "action",
    all: [
      "agreed action|agreed actions|management action|management actions|management response|management responses|proposed action|proposed actions|planned action|planned actions|response|responses|actions agreed|action agreed",
    ],
    unless: ["date", "ref", "no", "number", "owner", "lead", "by"],
    score: 0.9,
    reason: "the response agreed to a recommendation: the action",
  },
  {
    field: "due",
    all: [
      "implementation date|implementation dates|date of implementation|date for implementation|target implementation|implementation by|timetable|timetables|to be completed|to be implemented|to be achieved|agreed date",
    ],
    unless: ["audience", "group", "groups", "measure", "measures", "outcome"],
    score: 0.85,
    reason: "when the agreed action is to be done: due",
  },
  {
    field: "owner",
    all: ["responsible|accountable|owner|owners"],
    unless: ["update", "comment", "progress", "date", "partner"],
    score: 0.8,
    reason: "names who is responsible: owner",
  },
  {
    field: "status",
    all: ["rag|brag|red amber green|status|rating|open closed|open close"],
    unless: ["date"],
    score: 0.8,
    reason: "a rating or status: status",
  },
];

/**
 * The head term of a header (the main noun of its main phrase, "November progress *update* from action
 * lead") names its field. `before` lets the word in front change the field ("start date", "review date");
 * null there means that qualifier names no field ("meeting date").
 */
export interface HeadTerm {
  readonly field: FieldName;
  readonly words: readonly string[];
  readonly before?: Readonly<Record<string, FieldName | null>>;
}

export const HEAD_TERMS: readonly HeadTerm[] = [
  { field: "ref", words: ["ref", "refs", "reference", "no", "number", "id", "#"] },
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
      "recommendation",
      "recommendations",
      "interventions",
      "milestones",
    ],
  },
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
      "targets",
      "deliverables",
      "outputs",
    ],
  },
  // job titles ("Group Manager", "Parent Partnership Officer") are owners' names, not headers: not here
  { field: "owner", words: ["owner", "owners", "lead", "leads", "responsibility"] },
  { field: "partners", words: ["partners", "stakeholders", "audience"] },
  {
    field: "due",
    words: [
      "date",
      "dates",
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
    ],
    before: {
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
    },
  },
  { field: "status", words: ["status", "rag", "brag", "rating"] },
  {
    field: "progress",
    words: ["progress", "update", "updates", "comments", "commentary", "narrative", "remarks"],
  },
  { field: "monitoring", words: ["monitoring", "oversight", "assurance"] },
  { field: "evaluation", words: ["evaluation"] },
  { field: "resources", words: ["resources", "costs", "budget", "resourcing"] },
  { field: "funding", words: ["funding"] },
  { field: "links", words: ["links"] },
  { field: "review", words: ["review"] },
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
]);
