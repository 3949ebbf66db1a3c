import { ACTION_ISSUE_CODES } from "../schema/issue";
import { MESSAGE, MESSAGE_TAIL } from "./en";
import { MessageTails, NO_PARAMS } from "./tails";

const PARAMS = [
  {},
  NO_PARAMS,
  { word: "TBC" },
  { text: "Sometime" },
  { due: "2014-01-31", start: "2014-03-01" },
  { due: "2014-01-31", days: 45 },
  { due: "2014-01-31", days: "45" },
  { days: 45, due: "2014-01-31" },
  { status: "Wibble" },
  { firstRow: 12 },
];

describe("MessageTails", () => {
  const cases = ACTION_ISSUE_CODES.flatMap((code) => PARAMS.map((p) => [code, p] as const));

  it.each(cases)("%s %j: the tail MESSAGE_TAIL gives", (code, params) => {
    const tails = new MessageTails();
    expect(tails.tail(code, params)).toBe(MESSAGE_TAIL[code](params));
  });

  it("never hands one params' tail to another", () => {
    const tails = new MessageTails();
    for (const [code, params] of cases) tails.tail(code, params);
    for (const [code, params] of cases) {
      expect(tails.tail(code, params)).toBe(MESSAGE_TAIL[code](params));
    }
    expect(tails.tail("overdue", { due: "2014-01-31", days: 2 })).toContain(", 2 days before");
    expect(tails.tail("overdue", { due: "2014-01-31", days: 3 })).toContain(", 3 days before");
  });

  it("keeps answering right when it forgets (bounded)", () => {
    const tails = new MessageTails(4);
    for (let round = 0; round < 3; round++) {
      for (const [code, params] of cases) {
        expect(tails.tail(code, params)).toBe(MESSAGE_TAIL[code](params));
      }
    }
  });

  it.each(ACTION_ISSUE_CODES)("%s: a message is the action's name then its tail", (code) => {
    const params = { word: "x", text: "y", due: "2014-01-31", start: "2014-02-01", days: 3 };
    expect(MESSAGE[code]({ action: "Action 1 'Do it'", header: "Lead", params })).toBe(
      `Action 1 'Do it'${MESSAGE_TAIL[code](params)}`
    );
  });
});
