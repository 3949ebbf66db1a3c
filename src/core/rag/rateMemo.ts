import { flat } from "../messages/flat";
import { rateAction, type RateResult } from "./rate";

type RatingSettings = Parameters<typeof rateAction>[1];

/**
 * `rateAction` for the engine's inputs (status, due, ongoing), remembered. A big plan has a few hundred
 * distinct status × due pairs over 100,000 actions, and every rating builds a reason sentence: sharing the
 * result saves the work and, more, the memory of 100,000 copies of the same sentences kept in the report.
 * Results are immutable data, so sharing one between actions is safe.
 */
export class RatingMemo {
  /**
   * due ("" when none) → status ("" when none) → [not ongoing, ongoing, and the two again with the due
   * date's year guessed]. Nested maps: no key strings.
   */
  private readonly byDue = new Map<string, Map<string, (RateResult | null)[]>>();
  private size = 0;

  constructor(
    private readonly config: RatingSettings,
    private readonly asOf: string,
    /** Bounded: a pane checks plan after plan for hours. */
    private readonly max = 8192
  ) {}

  rate(
    status: string | null,
    due: string | null,
    ongoing: boolean,
    yearGuessed = false
  ): RateResult {
    if (this.size >= this.max) this.clear();
    let byStatus = this.byDue.get(due ?? "");
    if (byStatus === undefined) {
      byStatus = new Map();
      this.byDue.set(due ?? "", byStatus);
    }
    let pair = byStatus.get(status ?? "");
    if (pair === undefined) {
      pair = [null, null, null, null];
      byStatus.set(status ?? "", pair);
    }
    const i = (ongoing ? 1 : 0) + (yearGuessed ? 2 : 0);
    let hit = pair[i];
    if (hit === null || hit === undefined) {
      // rateAction reads a null status and a blank one alike, and a null due and "" alike
      const rated = rateAction({ status, due, ongoing, yearGuessed }, this.config, this.asOf);
      // every action rated alike keeps this reason: store it flat, not as the pieces it was built from
      hit = { ...rated, reason: flat(rated.reason) };
      pair[i] = hit;
      this.size++;
    }
    return hit;
  }

  private clear(): void {
    this.byDue.clear();
    this.size = 0;
  }
}
