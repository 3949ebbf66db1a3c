/**
 * Nouns that make a phrase a role, a team or a body that can own an action ("Manager", "Team",
 * "Therapists", "Governors"), singular and plural, lower case. Used only to decide whether the words on
 * each side of an "and" or "&" each name an owner: "Principal EP and SEN Adviser" are two owners,
 * "Speech and Language Therapists" and "Group Manager SEN and Inclusion" one.
 */
const ROLE_NOUNS = [
  "adviser",
  "advisor",
  "administrator",
  "board",
  "chair",
  "clerk",
  "commissioner",
  "consultant",
  "co-ordinator",
  "coordinator",
  "director",
  "ep",
  "eps",
  "governor",
  "group",
  "head",
  "headteacher",
  "holder",
  "lead",
  "leader",
  "manager",
  "member",
  "nurse",
  "officer",
  "panel",
  "partnership",
  "practitioner",
  "psychologist",
  "representative",
  "senco",
  "service",
  "staff",
  "team",
  "teacher",
  "therapist",
  "worker",
];

const ROLES: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...ROLE_NOUNS.map((n) => `${n}s`),
  "services",
]);

/** True when one of the phrase's words is a role noun. */
export function namesARole(phrase: string): boolean {
  for (const word of phrase.toLowerCase().split(/[^a-z-]+/)) if (ROLES.has(word)) return true;
  return false;
}
