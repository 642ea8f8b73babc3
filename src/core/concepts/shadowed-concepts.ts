// Concepts whose words, inside a term of another concept, do not count: the other term names something else that
// happens to hold them ("early years", "Year 11" and "pupils aged 13" hold "years", "year" and "aged", and are no period
// of time; "say no" holds "say" and tells nobody anything).

/** For each concept, the concepts whose occurrences hide its own occurrences lying within them. */
export const SHADOWED_BY: Readonly<Record<string, readonly string[]>> = {
  period: ['stageName', 'peopleOfAge'],
  duration: ['stageName', 'peopleOfAge'],
  // "You can say no" is a refusal, not the school saying which answers are optional.
  tell: ['optional'],
  // "If you want to know more" offers a next step, not a choice over what to give.
  optional: ['wantToAct'],
};
