import type { ActionIssueCode, MessageContext } from "./en";
import { MESSAGE_TAIL } from "./en";

type Params = MessageContext["params"];

/** The params of a finding that has none, shared: `MessageTails` knows its tails by code alone. */
export const NO_PARAMS: Params = Object.freeze({});

/** One step of the memo: by a param's name, then by its value, down to the tail. */
interface Step {
  tail?: string;
  next?: Map<string | number, Step>;
}

/**
 * Message tails (MESSAGE_TAIL), remembered. Tens of thousands of actions share a handful of findings
 * ("… has no owner.", "… was due 31/03/2014, 45 days before …"), so the engine keeps one tail per code and
 * params and each message is the action's name joined to it. The path is every param's name then its value,
 * in order, so two params that differ anywhere never share a tail. Bounded: a pane checks plan after plan.
 */
export class MessageTails {
  private readonly roots = new Map<ActionIssueCode, Step>();
  /** Tails of findings without params (NO_PARAMS): most findings of a big plan, one lookup each. */
  private readonly bare = new Map<ActionIssueCode, string>();
  private size = 0;

  constructor(private readonly max = 16_384) {}

  tail(code: ActionIssueCode, params: Params): string {
    if (params === NO_PARAMS) {
      let tail = this.bare.get(code);
      if (tail === undefined) {
        tail = MESSAGE_TAIL[code](params);
        this.bare.set(code, tail);
      }
      return tail;
    }
    if (this.size >= this.max) {
      this.roots.clear();
      this.size = 0;
    }
    let step = this.roots.get(code);
    if (step === undefined) {
      step = {};
      this.roots.set(code, step);
    }
    for (const name in params) {
      step = next(next(step, name), params[name] ?? "");
    }
    if (step.tail === undefined) {
      step.tail = MESSAGE_TAIL[code](params);
      this.size++;
    }
    return step.tail;
  }
}

function next(step: Step, key: string | number): Step {
  step.next ??= new Map();
  let to = step.next.get(key);
  if (to === undefined) {
    to = {};
    step.next.set(key, to);
  }
  return to;
}
