import { longestLineLength } from "./longestLine";

/** The plain definition the fast scan must agree with. */
function bySplit(text: string): number {
  return text.split(/\r?\n/).reduce((n, line) => Math.max(n, line.length), 0);
}

const TEXTS = [
  "",
  "one line",
  "\n",
  "\r\n",
  "\r",
  "a\rb",
  "first\nsecond line",
  "first line\r\nsecond",
  "trailing\n",
  "\nleading",
  "a\r\r\nb",
  "a\n\n\nlongest of all\n",
  "Red — overdue by 45 days\r\nsee update",
  "x\r\ny\r",
];

describe("longestLineLength", () => {
  it.each(TEXTS)("agrees with splitting %j at line breaks", (text) => {
    expect(longestLineLength(text)).toBe(bySplit(text));
  });

  it("agrees on random texts of letters, spaces, \\r and \\n", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = ["a", "b", " ", "\r", "\n", "\r\n"];
    for (let k = 0; k < 500; k++) {
      let text = "";
      for (let n = next() % 30; n > 0; n--) text += alphabet[next() % alphabet.length];
      expect(longestLineLength(text)).toBe(bySplit(text));
    }
  });
});
