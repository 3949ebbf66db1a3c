import type { FieldName } from "../fields";

/**
 * Header wording beyond whole-header synonyms (those stay in `fields.ts`): the rules that read a header's
 * words as people write them. Everything here is data; `detect/match.ts` applies it. Phrases are in
 * normalised form (`text/normalise.ts`): lower case, punctuation folded to spaces.
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
  /**
   * The column wins its field over any other, and the column it wins from is read as this field instead
   * (beside an Open / Closed column, the "Status" column holds commentary: progress).
   */
  readonly displaces?: FieldName;
}

const DONE = "taken|update|updates|updated|progress|completed|undertaken|achieved|to date|so far";
const EVENT =
  "completed|actioned|raised|agreed|opened|logged|identified|added|created|recorded|entered|issued|received|reported|approved|made|closed|of meeting|of the meeting|of committee|of board|of decision|of report|of inspection|of audit";
/** What a "… by" header names: a person after a verb of doing, a date after a verb of finishing. */
const DONE_BY_PERSON =
  "led by|lead by|action by|actions by|actioned by|owned by|managed by|undertaken by|carried out by|to be actioned by";
const DONE_BY_DATE =
  "finish by|finished by|complete by|achieve by|implement by|implemented by|end by|deliver by|due by";
/** Verbs of putting an item on the list: who did that raised it, and is not its owner. */
const RECORDED =
  "added|raised|logged|reported|recorded|requested|proposed|submitted|suggested|entered|created";
/** Columns that record whether the work is done: ticks, yes/no, open/closed, a traffic light. */
const DONE_STATE =
  "achieved|complete|completed|partially complete|partially completed|not complete|not completed|partially achieved|not achieved|delivered|not started|on target|on track|off track|traffic light|traffic lights|progress indicator|assessment of progress";

export const HEADER_RULES: readonly HeaderRule[] = [
  // qualifiers that change the field
  {
    // "Action taken or planned to date": a report of what was done, with what comes next
    field: "progress",
    all: ["action|actions|work", "taken|done|undertaken", "planned|proposed|next"],
    score: 0.95,
    reason: "says what has been done and what is planned next: progress",
  },
  {
    // "Recommendation made to", "Referred to": whom the item was given to act on
    field: "owner",
    all: ["made to|referred to|assigned to|allocated to|directed to|addressed to"],
    unless: ["date"],
    score: 0.9,
    reason: "names whom it was given to: owner",
  },
  {
    field: "progress",
    all: ["action|actions|work|achievements", DONE],
    unless: [
      "to be",
      "will",
      "be taken",
      "be achieved",
      "action required",
      "next",
      "planned",
      "needed",
    ],
    score: 0.95,
    reason: "says what has been done, not what will be done: progress",
  },
  {
    // "Item to be rectified", "Area for improvement": what is to be put right, which the actions answer
    field: "outcome",
    all: [
      "item|items|area|areas|issue|issues|matter|matters|point|points|weakness|weaknesses|priority|priorities|key priority|key priorities|key area|key areas",
      "to be rectified|to be addressed|to be resolved|to be put right|requiring improvement|for improvement",
    ],
    start: true,
    score: 0.9,
    reason: "names what is to be put right: outcome",
  },
  {
    // "Improvement Issue", "Improvement areas": the weakness the actions answer, named by its improvement
    field: "outcome",
    all: ["improvement|improvements", "issue|issues|area|areas|point|points"],
    start: true,
    score: 0.9,
    reason: "names what is to be put right: outcome",
  },
  {
    field: "progress",
    all: [
      "lead|owner|officer|management|manager|team|agency",
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
  { field: "owner", all: [DONE_BY_PERSON], score: 0.9, reason: "names who does it: owner" },
  {
    // "Person in charge", "Officer in charge": who runs it
    field: "owner",
    all: ["in charge"],
    unless: ["date", "update", "comment", "progress"],
    score: 0.85,
    reason: "names who is in charge: owner",
  },
  {
    // a form's prompt ("Identify a key person to deliver the support", "Name the lead officer")
    field: "owner",
    all: ["identify|name|nominate|appoint", "person|persons|officer|officers|lead|owner|worker"],
    start: true,
    score: 0.85,
    reason: "asks for the person who does it: owner",
  },
  {
    // "Who added the action", "Raised by": who put the item on the list, not who does it
    field: null,
    all: ["who|by whom|whom", RECORDED],
    start: true,
    score: 0.9,
    reason: "names who raised or recorded the item, not who does it",
  },
  {
    field: null,
    all: [`${RECORDED.replace(/\|/g, " by|")} by`],
    start: true,
    score: 0.9,
    reason: "names who raised or recorded the item, not who does it",
  },
  // the unit that does the work: the finest one named wins ("Section" beside "Directorate"), and a bare
  // unit loses to any column that names a person ("Service" beside "Lead")
  {
    field: "owner",
    all: ["section|sections|service area|service areas|team|teams|unit|units"],
    start: true,
    unless: ["response", "update", "comment", "progress", "date", "number", "ref"],
    score: 0.55,
    reason: "names the section or team that does it: owner",
  },
  {
    field: "owner",
    all: ["directorate|directorates|department|departments|division|service|services"],
    start: true,
    unless: ["response", "update", "comment", "progress", "date", "number", "ref", "area", "user"],
    score: 0.45,
    reason: "names the directorate or department that does it: owner, unless a finer unit is named",
  },
  {
    // owners named by their post ("Role", "Roles (no names)", "Lead role"), not a person
    field: "owner",
    all: ["role|roles|raci|job title|post holder|postholder"],
    start: true,
    unless: ["update", "comment", "progress", "date", "of"],
    score: 0.75,
    reason: "names the role that does it: owner",
  },
  {
    // how much money ("Short term funding", "Funding required", "Funding to be secured") is the planned
    // resource; where it comes from ("Funding source", "Funded by") is the funding
    field: "resources",
    all: [
      "funding|finance|financial",
      "required|needed|secured|amount|allocated|available|term|gap|value|cost|costs|total|implications",
    ],
    unless: ["source", "sources", "stream", "by"],
    score: 0.85,
    reason: "says how much money is needed: resources (where it comes from is the funding)",
  },
  {
    // "Budget cost centre & code": the account the work is charged to names where its money comes from
    field: "funding",
    all: ["cost centre|cost center|cost code|budget code|budget line|account code|nominal code"],
    score: 0.85,
    reason: "names the budget account it is charged to: funding",
  },
  {
    field: "partners",
    all: ["assisted by|supported by|support from|with support|in support|consultation|consulted"],
    score: 0.9,
    reason: "names who helps: partners",
  },
  { field: "due", all: [DONE_BY_DATE], score: 0.9, reason: "says by when it is finished: due" },
  {
    // "Complete plan by", "Deliver report by": a verb of finishing, its object, then "by"
    field: "due",
    all: ["complete|finish|deliver|implement|achieve|resolve|close|action", "by"],
    start: true,
    unless: ["by whom", "whom", "who"],
    score: 0.85,
    reason: "says by when it is finished: due",
  },
  {
    field: "monitoring",
    all: ["monitoring|monitored|assurance"],
    start: true,
    score: 0.9,
    reason: "starts by naming monitoring: monitoring",
  },
  // questions
  {
    field: "outcome",
    all: [
      "what|why",
      "outcome|outcomes|impact|success|difference|aim|aiming|achieve|different|change|look like|result|results",
    ],
    start: true,
    score: 0.9,
    reason: "a question about what is to be achieved: outcome",
  },
  {
    // what the work is for ("Aim | Action required | Expected impact"), opening the header
    field: "outcome",
    all: ["aim|aims"],
    start: true,
    score: 0.9,
    reason: "names the aim: outcome",
  },
  {
    field: "outcome",
    all: [
      "how will we know|how will you know|how do we know|how will it be measured|how will we measure|how will success be measured|how will impact be measured|how will we tell|how you will measure|how youll measure|how we will measure|how well measure|how will you measure|how to measure",
    ],
    start: true,
    score: 0.9,
    reason: "a question about how success will be known: outcome",
  },
  {
    field: null,
    all: ["why"],
    start: true,
    score: 0.9,
    reason: "a question asking why: the rationale, not a field the checks read",
  },
  {
    // "What is the evidence and rationale for this choice?": why the action was chosen, not its evidence
    field: null,
    all: [
      "what|why|rationale|justification|reasoning|reasons",
      "rationale|justification|reasoning|reasons for",
    ],
    start: true,
    score: 0.9,
    reason: "the reasons for a choice, not a field the checks read",
  },
  {
    // "When will you review implementation?": a review date, asked as a question
    field: "review",
    all: ["when|how often|how frequently", "review|reviewed|reviewing|evaluate|evaluated"],
    start: true,
    unless: ["monitor", "monitored", "monitoring"],
    score: 0.9,
    reason: "a question asking when it will be reviewed: review",
  },
  {
    // "How will you ensure it is implemented well?": making sure it is done is monitoring
    field: "monitoring",
    all: [
      "how will you|how will we|how do we|how do you|how can we|how is|how are",
      "ensure|ensured|make sure|check|checked|assure|assured|track|tracked|quality assure",
    ],
    start: true,
    score: 0.9,
    reason: "a question about making sure it is done: monitoring",
  },
  {
    field: "monitoring",
    all: ["who|how|when", "monitor|monitored|monitoring|oversee|oversight|reviewed"],
    start: true,
    score: 0.9,
    reason: "a question about monitoring: monitoring",
  },
  {
    field: "owner",
    // "By who / who with": "by who" is "by whom" as people write it
    all: ["who|by whom|by who|whom"],
    unless: ["involved", "else", "support", "partners", "benefit", "consulted", "inform"],
    start: true,
    score: 0.9,
    reason: "a question asking who: owner",
  },
  {
    field: "due",
    all: ["when|by when|by what date|how long|what date"],
    unless: ["start", "review", "began", "raised"],
    start: true,
    score: 0.9,
    reason: "a question asking by when: due",
  },
  {
    field: "action",
    all: ["what"],
    unless: [
      "who",
      "when",
      "evaluat",
      "resource",
      "cost",
      "funding",
      "issue",
      "problem",
      "risk",
      "gap",
      "finding",
    ],
    start: true,
    score: 0.87,
    reason: "a question about what will be done: the action",
  },
  {
    field: "action",
    all: ["how"],
    unless: [
      "who",
      "when",
      "evaluat",
      "resource",
      "cost",
      "funding",
      "issue",
      "problem",
      "risk",
      "gap",
      "finding",
    ],
    start: true,
    // below a firm reading: beside a "what" column the "how" is the strategy it serves, and names nothing
    score: 0.7,
    reason: "a question about how it will be done: the action (when no 'what' column names it)",
  },
  {
    // "The interventions, strategies, and support to be put in place.": what is to be put in place is done
    field: "action",
    all: [
      "the interventions|interventions|the actions|actions|the steps|steps|the activities|activities|the measures|measures|the support|support",
      "to be put in place|to be taken|to be undertaken|to be delivered|to be implemented",
    ],
    start: true,
    score: 0.85,
    reason: "names what is to be put in place: the action",
  },
  // audit and scrutiny trackers
  {
    field: "action",
    all: [
      "agreed action|agreed actions|management action|management actions|management response|management responses|proposed action|proposed actions|planned action|planned actions|actions agreed|action agreed|agreed response",
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
    all: ["tick|yes no|y n|rag|brag|red amber green|status|rating"],
    // a comment or an update on the status is commentary, not the rating ("Status updates": its head is
    // "updates")
    // a rating of something else is no progress status ("Priority rating", "Risk rating")
    unless: [
      "date",
      "comment",
      "comments",
      "update",
      "updates",
      "narrative",
      "notes",
      "report",
      "priority",
      "risk",
      "likelihood",
      "severity",
      "assurance",
    ],
    score: 0.8,
    reason: "a rating or status: status",
  },
  {
    field: "status",
    all: [DONE_STATE],
    start: true,
    unless: ["date", "by"],
    score: 0.8,
    reason: "records whether the work is done: status",
  },
  {
    field: "status",
    all: ["open closed|open close|open or closed|proposed to open"],
    score: 0.7,
    displaces: "progress",
    reason:
      "records whether the item is open or closed: status (a status column beside it is commentary)",
  },
];
