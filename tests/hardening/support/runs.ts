// How many cases a property runs, and from which seed: modest by default so `npm test` stays quick,
// reproducible (a failure prints its seed and path), and raised with FC_RUNS=5000 / FC_SEED=123.

/** Number of runs for a property: FC_RUNS when set (a positive integer), else `fallback`. */
export function runs(fallback: number): number {
  const n = Number(process.env.FC_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The seed all properties use: FC_SEED when set, else a fixed one. */
export function seed(): number {
  const n = Number(process.env.FC_SEED);
  return Number.isInteger(n) ? n : 20240531;
}

/** fast-check parameters for a property. */
export function params(fallback: number): { numRuns: number; seed: number; endOnFailure: true } {
  return { numRuns: runs(fallback), seed: seed(), endOnFailure: true };
}
