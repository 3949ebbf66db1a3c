/**
 * Header wording as data, in one place: whole-header synonyms stay with the fields (`../fields.ts`); the
 * rules over a header's words (`rules.ts`) and its head terms (`heads.ts`) are here. `detect/match.ts`
 * applies them.
 */
export * from "./heads";
export * from "./rules";
