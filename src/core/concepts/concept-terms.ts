// The lexicon as the matcher reads it: each concept's terms as stem sequences, stemmed at build time
// (lexicon-stems.generated.ts, from lexicon.ts and lexicon-cy.ts by stem-lexicon.ts), so no phrase is stemmed at run time.
import { ENGLISH_TERM_STEMS, WELSH_TERM_STEMS } from './lexicon-stems.generated';

/** Every concept of both lexicons, English first, in the lexicons' order. */
export const ALL_CONCEPTS: readonly string[] = [...Object.keys(ENGLISH_TERM_STEMS), ...Object.keys(WELSH_TERM_STEMS)];

/** A concept's terms, each as its stems ("pass on to" -> ["pass", "on", "to"]); undefined for an unknown concept. */
export function conceptTermStems(concept: string): string[][] | undefined {
  const terms = Object.hasOwn(ENGLISH_TERM_STEMS, concept)
    ? ENGLISH_TERM_STEMS[concept]
    : Object.hasOwn(WELSH_TERM_STEMS, concept)
      ? WELSH_TERM_STEMS[concept]
      : undefined;
  return terms?.map((term) => term.split(' '));
}
