import { DEFAULT_CONFIG } from "../schema/config";
import { rateAction } from "./rate";
import { RatingMemo } from "./rateMemo";

const AS_OF = "2014-01-31";
const STATUSES = [null, "On track", "Complete", "Red", "Not started", "In progress", "Wibble"];
const DUES = [null, "2013-12-31", "2014-01-31", "2014-02-10", "2014-09-30"];

describe("RatingMemo", () => {
  const cases = STATUSES.flatMap((s) =>
    DUES.flatMap((d) => [false, true].map((o) => [s, d, o] as const))
  );

  it.each(cases)(
    "status %p, due %p, ongoing %p rates as rateAction does",
    (status, due, ongoing) => {
      const memo = new RatingMemo(DEFAULT_CONFIG, AS_OF);
      const expected = rateAction({ status, due, ongoing }, DEFAULT_CONFIG, AS_OF);
      expect(memo.rate(status, due, ongoing)).toEqual(expected);
      // the second answer is the remembered one, still the same
      expect(memo.rate(status, due, ongoing)).toEqual(expected);
    }
  );

  it("shares one result between actions rated alike", () => {
    const memo = new RatingMemo(DEFAULT_CONFIG, AS_OF);
    expect(memo.rate("Red", "2014-01-01", false)).toBe(memo.rate("Red", "2014-01-01", false));
    expect(memo.rate("Red", "2014-01-01", false)).not.toBe(memo.rate("Red", "2014-01-01", true));
  });

  it("keeps answering right when it forgets (bounded)", () => {
    const memo = new RatingMemo(DEFAULT_CONFIG, AS_OF, 3);
    for (let round = 0; round < 3; round++) {
      for (const [status, due, ongoing] of cases) {
        expect(memo.rate(status, due, ongoing)).toEqual(
          rateAction({ status, due, ongoing }, DEFAULT_CONFIG, AS_OF)
        );
      }
    }
  });

  it("rates with its own settings and report date", () => {
    const config = { ...DEFAULT_CONFIG, amberDays: 400, openEnded: "not-rated" as const };
    const memo = new RatingMemo(config, "2013-01-01");
    expect(memo.rate(null, "2013-12-31", false).rag).toBe("amber");
    expect(memo.rate(null, null, true).rag).toBe("not-rated");
  });
});
