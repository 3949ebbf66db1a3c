import { hasWhiteSpaceToCollapse } from "./whiteSpace";

const SPACES = [
  " ",
  "\t",
  "\n",
  "\r",
  "\v",
  "\f",
  "\u00a0",
  "\u1680",
  "\u2000",
  "\u200a",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
];
const OTHERS = ["a", "–", "£", "’", "\u0001", "\u200b", "é", "1"];

describe("hasWhiteSpaceToCollapse", () => {
  it("says true exactly when collapsing white space to single spaces changes the text", () => {
    const pieces = [...SPACES, ...OTHERS];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of ["", ...pieces]) {
          const text = `x${a}${b}${c}y`;
          expect(hasWhiteSpaceToCollapse(text)).toBe(text.replace(/\s+/g, " ") !== text);
        }
  });

  it("reads real cells", () => {
    expect(hasWhiteSpaceToCollapse("Review the local offer – by March 2014")).toBe(false);
    expect(hasWhiteSpaceToCollapse("Review the\r\nlocal offer")).toBe(true);
    expect(hasWhiteSpaceToCollapse("Review  the local offer")).toBe(true);
    expect(hasWhiteSpaceToCollapse("Review the\u00a0local offer")).toBe(true);
  });
});
