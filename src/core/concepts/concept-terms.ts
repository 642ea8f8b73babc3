// The lexicon as the matcher reads it: each concept's terms as stem sequences, stemmed at build time
// (lexicon-stems.generated.ts, from lexicon.ts and lexicon-cy.ts by stem-lexicon.ts), so no phrase is stemmed at run time.
import { ENGLISH_TERM_STEMS, WELSH_TERM_STEMS } from './lexicon-stems.generated';
import type { LexiconStems } from './lexicon-index';
import type { TermStems } from './stem-lexicon';

/** Every concept's terms as stem sequences, English concepts first (a concept in both lexicons reads as English). */
export function lexiconTermStems(english: TermStems = ENGLISH_TERM_STEMS, welsh: TermStems = WELSH_TERM_STEMS): LexiconStems {
  const out: Record<string, string[][]> = {};
  for (const lexicon of [english, welsh])
    for (const [concept, terms] of Object.entries(lexicon))
      if (!Object.hasOwn(out, concept)) out[concept] = terms.map((term) => term.split(' '));
  return out;
}
