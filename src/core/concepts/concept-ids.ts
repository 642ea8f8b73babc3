// Which concept ids exist, English and Welsh: the checklist checks every rule's concepts against these at load.
// Read from the build-time stemmed lexicon, so the lexicons' own phrases are not part of an extension bundle.
import { ENGLISH_TERM_STEMS, WELSH_TERM_STEMS } from './lexicon-stems.generated';

export function isConcept(concept: string): boolean {
  return concept in ENGLISH_TERM_STEMS || concept in WELSH_TERM_STEMS;
}
