/** The note every guessed year starts with ("no year written: read …"): the engine and the tests look for it. */
export const YEAR_INFERRED_NOTE = "no year written";
