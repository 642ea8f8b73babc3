// The lexicon as the matcher reads it: every phrase as its stems. Stemming the whole lexicon costs more than an audit
// of a short notice, so this runs at build time (scripts/generate-lexicon-stems.ts writes lexicon-stems.generated.ts),
// and a test fails when the generated module no longer matches the lexicon.
import { foldAccents, phraseStems } from './tokens';
import { mutatedForms } from './welsh-mutations';
import { FIRST_PERSON_SINGULAR } from '../first-person';

/** Concept -> its terms, each term its stems joined by single spaces ("pass on to" -> "pass on to", "shared" -> "share"). */
export type TermStems = Readonly<Record<string, readonly string[]>>;

/** A Welsh phrase as the phrases it may be written as: its first word in each mutated form ("=word" never mutates). */
export function welshSpellings(phrase: string): string[] {
  if (phrase.startsWith('=')) return [foldAccents(phrase.slice(1))];
  const [first, ...rest] = foldAccents(phrase).split(' ');
  return mutatedForms(first!).map((f) => [f, ...rest].join(' '));
}

/** Each concept's phrases as stem sequences (a phrase that has no words is dropped), in the lexicon's order. */
function stemConcepts(lexicon: Readonly<Record<string, readonly string[]>>, spellings: (phrase: string) => string[]): TermStems {
  const out: Record<string, string[]> = {};
  for (const [concept, phrases] of Object.entries(lexicon)) {
    out[concept] = phrases
      .flatMap(spellings)
      .map(phraseStems)
      .filter((stems) => stems.length > 0)
      .map((stems) => {
        // A space separates stems in the generated data, so no stem may hold one.
        if (stems.some((s) => s === '' || /\s/.test(s)))
          throw new Error(`concept "${concept}": a stem holds a space in ${stems.join('|')}`);
        return stems.join(' ');
      });
  }
  return out;
}

const SINGULAR_OF: readonly [RegExp, string][] = FIRST_PERSON_SINGULAR.map(([plural, one]) => [new RegExp(`\\b${plural}\\b`, 'g'), one]);

/** An English phrase as written, and, when it speaks as "we", as one person would say it. */
export function englishSpellings(phrase: string): string[] {
  let singular = phrase.toLowerCase();
  for (const [plural, one] of SINGULAR_OF) singular = singular.replace(plural, one);
  return singular === phrase.toLowerCase() ? [phrase] : [phrase, singular];
}

/** Both lexicons stemmed: English phrases as written (and in the first person singular), Welsh ones in each mutated spelling. */
export function stemLexicon(
  english: Readonly<Record<string, readonly string[]>>,
  welsh: Readonly<Record<string, readonly string[]>>,
): { english: TermStems; welsh: TermStems } {
  return { english: stemConcepts(english, englishSpellings), welsh: stemConcepts(welsh, welshSpellings) };
}
