import type { Rating } from "../schema/action";

// Speed: the summary adds every action to three or more count rows (overall, its section, each owner),
// twice a check (the report's counts and the summary's). `counts[rating] += 1` with five different keys
// makes V8's property cache megamorphic; a switch gives each rating its own named, monomorphic store.

/** Adds one to the count of `rating`. */
export function addRating(counts: Record<Rating, number>, rating: Rating): void {
  switch (rating) {
    case "red":
      counts.red += 1;
      break;
    case "amber":
      counts.amber += 1;
      break;
    case "green":
      counts.green += 1;
      break;
    case "complete":
      counts.complete += 1;
      break;
    case "not-rated":
      counts["not-rated"] += 1;
      break;
    default: {
      // a rating added to the schema fails to compile here until it is counted
      const unknown: never = rating;
      throw new Error(`no count for rating ${String(unknown)}`);
    }
  }
}
