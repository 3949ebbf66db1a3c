import { namesARole } from "./roleWords";

/** "and", "&" and "+" between words: they join two owners only when each side names one (see below). */
const CONJUNCTION = /(\s+(?:and|&|\+)\s+)/i;

/** A phrase that owns on its own: it names a role, and is more than the bare noun ("staff", "members"). */
function standsAlone(phrase: string): boolean {
  return namesARole(phrase) && /\S\s+\S/.test(phrase);
}

/**
 * Splits one listed item at "and" / "&" / "+" only between phrases that each name a role, team or body.
 * A phrase naming none, or only a bare noun
 * ("Inclusion" in "Group Manager SEN and Inclusion", "Speech" in "Speech and Language Therapists", "SEN
 * Review" in "SEN Review and Transitions Manager", "staff" in "Team manager and staff") belongs to its neighbour: to the
 * one before it (a subject added to a title), or, first in the item, to the one after it (a modifier of
 * that title). So a name is only ever words the cell gives as one owner, never a fragment of one.
 */
function splitConjunctions(item: string): string[] {
  const parts = item.split(CONJUNCTION);
  // parts alternate: phrase, conjunction, phrase, …
  const owners: string[] = [];
  let pending = "";
  for (let i = 0; i < parts.length; i += 2) {
    const phrase = parts[i] ?? "";
    const joiner = parts[i - 1] ?? "";
    if (owners.length === 0) {
      pending = pending ? `${pending}${joiner}${phrase}` : phrase;
      if (standsAlone(pending)) {
        owners.push(pending);
        pending = "";
      }
    } else if (standsAlone(phrase)) owners.push(phrase);
    else owners[owners.length - 1] = `${owners[owners.length - 1] ?? ""}${joiner}${phrase}`;
  }
  // words left over name no role at all ("Beacon and specialist schools"): one owner, as written
  if (pending) owners.push(pending);
  return owners;
}

/** A title with a remit ("Cabinet Member for Children, Schools and Families"): its commas list the remit. */
const REMIT = /\bfor\s+\S/i;

/**
 * Where a line clearly lists several owners (line breaks and commas are weighed first, in `listedItems`):
 * ";" and "/", and a full stop between names ("Geoff Conway. HTs"). A slash between two lower-case words
 * with no space ("parents/carers", "and/or") offers two words for one place, not two owners; a full stop
 * after a short abbreviation ("St. Mary's", "Dr. Smith") ends no name, so only one after a word of three
 * or more lower-case letters splits.
 */
const ITEM_SEPARATORS =
  /;+|\s+\/\s*|\s*\/\s+|(?<!(?:^|[^A-Za-z])[a-z]+)\/|\/(?![a-z])|(?<=[a-z]{3})\.\s+(?=[A-Z])/;

/**
 * The cell split into its listed items. A comma after a title with a remit ("Portfolio Holder for
 * Economic Development, UK and EU Regional Issues") continues the remit unless what follows names a role
 * of its own: councils title their members by portfolio, and a portfolio is a list.
 */
function listedItems(cell: string): string[] {
  const items: string[] = [];
  for (const line of cell.split(/[\r\n]+/)) {
    const merged: string[] = [];
    for (const part of line.split(",")) {
      const prev = merged[merged.length - 1];
      const continues =
        prev !== undefined && REMIT.test(prev) && part.trim() !== "" && !namesARole(part.trim());
      if (continues) merged[merged.length - 1] = `${prev},${part}`;
      else merged.push(part);
    }
    items.push(...merged);
  }
  return items.flatMap((item) => item.split(ITEM_SEPARATORS));
}

/**
 * The people or teams an owner cell names. A cell is split only where it clearly lists several: line
 * breaks, ";", ",", "/" between owners, and "and" / "&" / "+" between two phrases that each name a role
 * (see splitConjunctions). Parts are trimmed, bullets and trailing full stops dropped, and a name
 * repeated in one cell (compared without case) counted once.
 */
export function splitOwners(cell: string | null): string[] {
  if (cell === null) return [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const item of listedItems(cell)) {
    for (const part of splitConjunctions(item.replace(/\s+/g, " ").trim())) {
      const name = part.replace(/^[\s•·\-–]+|[\s.]+$/g, "");
      const key = ownerKey(name);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}

/** How owners are compared: without case, white space collapsed. */
export function ownerKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}
