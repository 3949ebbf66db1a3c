/**
 * The held-out split (tests/fixtures/vocabulary/heldout.json): real wording added after the rules were
 * tuned on the other vocabulary files, labelled before the engine was run on it, and never used to change
 * a rule. Scored as headers.test.ts, statuses.test.ts and timescales.test.ts score theirs; prints the
 * figures and every miss so the gap between tuned and held-out wording stays visible. The floors are the
 * first measurement: a drop fails, a miss here is a class to fix in the tuned files first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectTables } from "../../src/core/detect/detect";
import { mapHeaderRow } from "../../src/core/detect/resolve";
import { buildSheet } from "../../src/core/detect/testGrid";
import { statusCellKind } from "../../src/core/rag";
import { parseTimescale } from "../../src/core/timescale";
import type { FieldName } from "../../src/core/schema/fields";

interface HeaderItem {
  readonly headers: readonly string[];
  readonly fields: readonly (FieldName | null)[];
}
interface StatusItem {
  readonly text: string;
  readonly rating: string;
}
interface TimescaleItem {
  readonly text: string;
  readonly context: { asOf: string; years: number[]; calendar: "financial" | "academic" | null };
  readonly due: string | null;
  readonly ongoing: boolean;
  readonly cadence: string | null;
}

interface Batch {
  readonly headers: HeaderItem[];
  readonly statuses: StatusItem[];
  readonly timescales: TimescaleItem[];
}

const load = (file: string): Batch =>
  JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "vocabulary", file), "utf8")) as Batch;

/**
 * Measured when the split was added (2026-12-02): header cells 18/25, statuses 11/15, timescales 5/5 —
 * well below the tuned files' 0.95, which was the honest size of the gap. The misses were then fixed by
 * class for issue 13 (a container noun takes its modifier's field, a completion date gives way to a target
 * date, an update is progress whatever it updates, written-out percentages, a "but" clause that agrees,
 * done-awaiting-review, "on time"): 25/25, 15/15, 5/5. The floors are what was reached; a drop fails.
 * Fixing them spent this batch as a blind test: the second batch below was collected first for that.
 */
const FLOOR = { headerCells: 25 / 25, statuses: 15 / 15, timescales: 5 / 5, tables: 3 / 4 };

/**
 * The second batch (heldout2.json), collected and labelled before any rule changed for issue 13, measured
 * then at header cells 41/48, statuses 24/37, timescales 39/40; after the class rules, 48/48, 36/37,
 * 39/40; 48/48, 37/37, 40/40 once a negated green beside another band names no band ("in doubt or not on
 * schedule") and a length counted from a date is bounded ("for a period of 18 months from October 2020").
 */
const FLOOR2 = { headerCells: 48 / 48, statuses: 37 / 37, timescales: 40 / 40, tables: 8 / 8 };

/**
 * The third batch (heldout3.json), collected after the class rules were written and labelled before the
 * engine was run on it: their blind check, measured at header cells 14/14, statuses 10/14, timescales
 * 6/7. Its misses (one-word severity labels "Warning" / "Issue", planned or awaiting approval as not
 * started, "throughout 2024" read as open-ended) were fixed by class only after the fourth batch below was
 * collected and scored blind: 14/14, 14/14, 7/7.
 */
const FLOOR3 = { headerCells: 14 / 14, statuses: 14 / 14, timescales: 7 / 7, tables: 2 / 2 };

/**
 * The fourth batch (heldout4.json), 16 further sources collected and labelled before any rule changed for
 * the third batch's misses: measured blind at header cells 27/39, statuses 22/30, timescales 31/33. After
 * the rules by class for both batches: 35/39, 30/30, 33/33, so it is no longer blind either. Left: two
 * labels no header can tell ("Outcome" filled in when done, "Key milestones" as monitoring) and two
 * columns the header-only inference takes for the action ("Write plan by", "Approximate emissions
 * reduction") in rows with no action column.
 */
const FLOOR4 = { headerCells: 35 / 39, statuses: 30 / 30, timescales: 33 / 33, tables: 7 / 8 };

/**
 * The fifth batch (heldout5.json), 34 further sources collected and labelled before any rule changed
 * after the fourth batch's fixes: measured blind at header cells 37/46, tables found 9/9, statuses 11/30,
 * timescales 49/50. Tables found (each header row above three rows of neutral text, as headers.test.ts
 * scores it) was first measured for every batch then: 3/4, 8/8, 2/2, 7/8 for the first four. After the
 * rules by class (a state put before a status, an open word qualified by a rating, a decision not to do
 * it, close to done, every action reported done; "by who", what is to be put right, "Strategies", a bare
 * "Time"; a day after a dash that a month follows): 42/46, 9/9, 26/30, 50/50, so it is no longer blind.
 */
const FLOOR5 = { headerCells: 42 / 46, statuses: 26 / 30, timescales: 50 / 50, tables: 9 / 9 };

/**
 * The sixth batch (heldout6.json), 41 further sources collected and labelled before any rule changed
 * after the fifth batch's fixes: measured blind at header cells 46/55, tables found 9/9, statuses 31/48,
 * timescales 41/44. After the rules by class (a status reported as what happened: marked done, past its
 * date, a caveat on open work, work begun, carried forward, close to done with its verb, every action
 * done without a verb, a share done inside a phrase; paused, archived, no longer proceeding, execution as a
 * stage; "Aim", "Achievement", "State", priorities for improvement, "how you'll measure"; a year before
 * "annual" names that year's plan): 51/55, 9/9, 45/48, 42/44, so it is no longer blind.
 */
const FLOOR6 = { headerCells: 51 / 55, statuses: 45 / 48, timescales: 42 / 44, tables: 9 / 9 };

/**
 * The seventh batch (heldout7.json), 70 further sources collected and labelled before any rule changed
 * after the sixth batch's fixes: measured blind at header cells 48/56, tables found 6/9, statuses 19/40,
 * timescales 85/91. After the rules by class (a sentence of a minute read as a status last: closing allowed
 * or asked for, a named item done, done by a date to come, work still going on, kept open, most done, a
 * problem forecast; a dimension or "these" before a rating, a key's letter with its colour, a commitment
 * kept, "to be considered", a remedy only asked for, targets missed; "in charge", a form's prompt for a
 * person, what is to be put in place, "Implementation" beside "Action", a budget account as the funding;
 * "from" after a verb of origin) and three labels corrected on review for consistency with earlier files:
 * 52/56, 8/9, 39/40, 89/91 (86/91 of the timescales by the rules alone), so it is no longer blind.
 */
const FLOOR7 = { headerCells: 52 / 56, statuses: 39 / 40, timescales: 89 / 91, tables: 8 / 9 };

/**
 * The eighth batch (heldout8.json), 35 further sources collected and labelled before any rule changed after
 * the seventh batch's fixes, weighted towards statuses: measured blind at header cells 21/32, tables found
 * 5/6, statuses 17/56, timescales 27/30. After the rules by class (a sentence reporting its course in its
 * middle: on course, late or turned by a later clause, under way, a step scheduled, paused, carried over;
 * done put as a state, two done words joined, a decision not to pursue, some done and more required;
 * "marked as complete" with where, a move with where it was moved to, "Doing"; a number a word labels is
 * no day, "as they arise" recurs; "Nos" as the reference, an improvement issue as the outcome, a bare "Item" as the action where nothing
 * else can be) and three
 * labels corrected on review for consistency with heldout.json ("Slipped" is red): 24/32, 5/6, 45/56
 * (42/56 by the rules alone), 29/30.
 */
const FLOOR8 = { headerCells: 24 / 32, statuses: 45 / 56, timescales: 29 / 30, tables: 5 / 6 };

function headerCells(held: Batch, misses: string[]): [number, number] {
  let ok = 0;
  let all = 0;
  for (const item of held.headers) {
    const got = mapHeaderRow(item.headers).map((m) => m?.match.field ?? null);
    item.headers.forEach((h, i) => {
      all++;
      if (got[i] === (item.fields[i] ?? null)) ok++;
      else
        misses.push(
          `header ${JSON.stringify(h)}: ${got[i] ?? "none"}, labelled ${item.fields[i] ?? "none"}`
        );
    });
  }
  return [ok, all];
}

/** Header rows detection takes for a table's, each above three rows of neutral text, as headers.test.ts scores them. */
function tablesFound(held: Batch, misses: string[]): [number, number] {
  let ok = 0;
  for (const item of held.headers) {
    const body = [1, 2, 3].map((r) =>
      item.headers.map((_h, c) => `Row ${r} of the plan, column ${c + 1}: some words`)
    );
    const sheet = buildSheet({ blocks: [{ at: "A1", rows: [item.headers, ...body] }] });
    if (detectTables(sheet).some((t) => t.headerRow === 1)) ok++;
    else
      misses.push(`table not found: ${item.headers.join(" | ").replace(/\n/g, " ").slice(0, 120)}`);
  }
  return [ok, held.headers.length];
}

function statuses(held: Batch, misses: string[]): [number, number] {
  let ok = 0;
  for (const item of held.statuses) {
    const kind = statusCellKind(item.text);
    const got = kind === null ? "unknown" : kind === "in-progress" ? "dates" : kind;
    if (got === item.rating) ok++;
    else misses.push(`status ${JSON.stringify(item.text)}: ${got}, labelled ${item.rating}`);
  }
  return [ok, held.statuses.length];
}

function timescales(held: Batch, misses: string[]): [number, number] {
  let ok = 0;
  for (const item of held.timescales) {
    const plan = { ...item.context, years: [...item.context.years].sort((a, b) => a - b) };
    const got = parseTimescale({ text: item.text }, { bareYearRange: "auto", plan });
    const right =
      got.due === item.due && got.ongoing === item.ongoing && got.cadence === item.cadence;
    if (right) ok++;
    else
      misses.push(
        `timescale ${JSON.stringify(item.text)}: due ${got.due} ongoing ${got.ongoing} cadence ${got.cadence}; labelled due ${item.due} ongoing ${item.ongoing} cadence ${item.cadence}`
      );
  }
  return [ok, held.timescales.length];
}

function score(file: string, floor: typeof FLOOR) {
  const held = load(file);
  const misses: string[] = [];
  const [h, hn] = headerCells(held, misses);
  const [tf, tfn] = tablesFound(held, misses);
  const [s, sn] = statuses(held, misses);
  const [t, tn] = timescales(held, misses);
  const f = (a: number, b: number) => `${a}/${b} = ${(a / b).toFixed(3)}`;
  console.log(
    `held out (${file}): header cells ${f(h, hn)}, tables found ${f(tf, tfn)}, statuses ${f(s, sn)}, ` +
      `timescales ${f(t, tn)}\n` +
      misses.map((m) => `  miss: ${m}`).join("\n")
  );
  expect(h / hn).toBeGreaterThanOrEqual(floor.headerCells);
  expect(s / sn).toBeGreaterThanOrEqual(floor.statuses);
  expect(t / tn).toBeGreaterThanOrEqual(floor.timescales);
  expect(tf / tfn).toBeGreaterThanOrEqual(floor.tables);
}

describe("held-out real wording (not tuned on)", () => {
  it("first batch scores at least its floor", () => {
    score("heldout.json", FLOOR);
  });
  it("second batch scores at least its floor", () => {
    score("heldout2.json", FLOOR2);
  });
  it("third batch scores at least its floor", () => {
    score("heldout3.json", FLOOR3);
  });
  it("fourth batch scores at least its floor", () => {
    score("heldout4.json", FLOOR4);
  });
  it("fifth batch scores at least its floor", () => {
    score("heldout5.json", FLOOR5);
  });
  it("sixth batch scores at least its floor", () => {
    score("heldout6.json", FLOOR6);
  });
  it("seventh batch scores at least its floor", () => {
    score("heldout7.json", FLOOR7);
  });
  it("eighth batch scores at least its floor", () => {
    score("heldout8.json", FLOOR8);
  });
});
