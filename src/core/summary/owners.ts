/**
 * The people or teams an owner cell names: split on "/", ",", ";", line breaks and the word "and" (so "SEN and Inclusion" is two names, as the spec asks);
 * trimmed; empty parts dropped; a name repeated in one cell (compared without case) counted once.
 */
export function splitOwners(cell: string | null): string[] {
  if (cell === null) return [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of cell.split(/[/,;\r\n]+|\s+and\s+/i)) {
    const name = part.replace(/\s+/g, " ").replace(/^[\s•·\-–]+|[\s.]+$/g, "");
    const key = ownerKey(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** How owners are compared: without case, white space collapsed. */
export function ownerKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}
