// The lexicon as the matcher reads it: each concept's terms as stem sequences, stemmed at build time
// (lexicon-stems.generated.ts, from lexicon.ts and lexicon-cy.ts by stem-lexicon.ts), so no phrase is stemmed at run time.
import { ENGLISH_TERM_STEMS, WELSH_TERM_STEMS } from './lexicon-stems.generated';
import type { LexiconStems } from './lexicon-index';
import type { TermStems } from './stem-lexicon';

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

/** Every concept's terms as stem sequences, English concepts first (a concept in both lexicons reads as English). */
export function lexiconTermStems(english: TermStems = ENGLISH_TERM_STEMS, welsh: TermStems = WELSH_TERM_STEMS): LexiconStems {
  const out: Record<string, string[][]> = {};
  for (const lexicon of [english, welsh])
    for (const [concept, terms] of Object.entries(lexicon))
      if (!Object.hasOwn(out, concept)) out[concept] = terms.map((term) => term.split(' '));
  return out;
}
