// The build-time stemmed lexicon (lexicon-stems.generated.ts) must say exactly what stemming the lexicons says now.
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../src/core/concepts/lexicon';
import { WELSH_LEXICON } from '../../../src/core/concepts/lexicon-cy';
import { ENGLISH_TERM_STEMS, WELSH_TERM_STEMS } from '../../../src/core/concepts/lexicon-stems.generated';
import { englishSpellings, stemLexicon, welshSpellings } from '../../../src/core/concepts/stem-lexicon';
import { lexiconTermStems } from '../../../src/core/concepts/concept-terms';
import { isConcept } from '../../../src/core/concepts/concept-ids';

const STALE = 'lexicon-stems.generated.ts is stale: run `npm run lexicon:stems` after editing lexicon.ts or lexicon-cy.ts';

describe('build-time stemmed lexicon', () => {
  const fresh = stemLexicon(LEXICON, WELSH_LEXICON);

  it('matches the lexicons as they are, concept by concept and in order', () => {
    expect(Object.keys(ENGLISH_TERM_STEMS), STALE).toEqual(Object.keys(LEXICON));
    expect(Object.keys(WELSH_TERM_STEMS), STALE).toEqual(Object.keys(WELSH_LEXICON));
    expect(ENGLISH_TERM_STEMS, STALE).toEqual(fresh.english);
    expect(WELSH_TERM_STEMS, STALE).toEqual(fresh.welsh);
  });

  it('has no English term with a possessive written apart ("child s"), which text never gives: "child\'s" reads as "child"', () => {
    const apart = Object.entries(ENGLISH_TERM_STEMS).flatMap(([concept, terms]) =>
      terms.filter((t) => t.split(' ').includes('s')).map((t) => `${concept}: ${t}`),
    );
    expect(apart).toEqual([]);
  });

  it('reads each English phrase that speaks as "we" as one person would say it too', () => {
    expect(englishSpellings('tell us')).toEqual(['tell us', 'tell me']);
    expect(englishSpellings('we are required to')).toEqual(['we are required to', 'i am required to']);
    expect(englishSpellings('our school')).toEqual(['our school', 'my school']);
    expect(englishSpellings('the school')).toEqual(['the school']);
    // Welsh phrases are left alone: "i" is a Welsh word of its own.
    expect(stemLexicon({}, { w: ['i ni'] }).welsh.w).not.toContain('i me');
  });

  it('tells a lexicon edit apart from the generated data', () => {
    const edited = stemLexicon({ ...LEXICON, compulsory: [...LEXICON.compulsory!, 'sharing with'] }, WELSH_LEXICON);
    expect(edited.english.compulsory).toContain('share with');
    expect(edited.english).not.toEqual(ENGLISH_TERM_STEMS);
  });

  it('stems phrases as the matcher reads text: Porter stems, "n\'t" as "not", terms of art kept whole, prefixes kept', () => {
    const { english } = stemLexicon({ a: ['Shared', "don't pass on", 'data protection law', 'inform*', '   '] }, {});
    expect(english.a).toEqual(['share', 'do not pass on', 'data_protect law', 'inform*']);
  });

  it('writes each Welsh phrase in its mutated spellings, except "=word" phrases', () => {
    const { welsh } = stemLexicon({}, { w: ['cwyn', '=data'] });
    expect(welshSpellings('cwyn')).toEqual(['cwyn', 'gwyn', 'nghwyn', 'chwyn']);
    expect(welsh.w).toEqual(['cwyn', 'gwyn', 'nghwyn', 'chwyn', 'data']);
    expect(welsh.w).not.toContain('ddata');
  });

  it('hands the matcher every concept, English first, each term as its stems', () => {
    const stems = lexiconTermStems();
    expect(Object.keys(stems)).toEqual([...Object.keys(LEXICON), ...Object.keys(WELSH_LEXICON)]);
    expect(stems.compulsory).toContainEqual(['by', 'law']);
    expect(stems['no such concept']).toBeUndefined();
    expect(Object.hasOwn(stems, 'constructor')).toBe(false);
    expect(isConcept('compulsory')).toBe(true);
    expect(isConcept(Object.keys(WELSH_LEXICON)[0]!)).toBe(true);
    expect(isConcept('no such concept')).toBe(false);
  });
});
