// Which concept ids exist, English and Welsh: the checklist checks every rule's concepts against these at load.
import { LEXICON } from './lexicon';
import { WELSH_LEXICON } from './lexicon-cy';

export function isConcept(concept: string): boolean {
  return concept in LEXICON || concept in WELSH_LEXICON;
}

export function isWelshConcept(concept: string): boolean {
  return concept in WELSH_LEXICON;
}
