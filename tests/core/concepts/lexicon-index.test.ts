// The lexicon's index is built from its stems alone, so the stems can be computed once (or ahead of time) and passed in.
import { describe, expect, it } from 'vitest';
import { buildLexiconIndex } from '../../../src/core/concepts/lexicon-index';
import { lexiconTermStems } from '../../../src/core/concepts/concept-terms';
import { stemLexicon } from '../../../src/core/concepts/stem-lexicon';

describe('lexicon index', () => {
  const { english, welsh } = stemLexicon(
    { sharing: ['share with', "don't share", 'justif*'] },
    { cyComplaint: ['cwyn'], sharing: ['rhannu'] },
  );
  const stems = lexiconTermStems(english, welsh);

  it('stems English phrases, each Welsh first word in every mutated form, and reads a concept in both as English', () => {
    expect(stems.sharing).toEqual([['share', 'with'], ['do', 'not', 'share'], ['justif*']]);
    expect(stems.cyComplaint).toEqual(expect.arrayContaining([['cwyn'], ['gwyn'], ['nghwyn'], ['chwyn']]));
  });

  it('files every term under its first stem, prefixes apart, and marks terms holding their own negation', () => {
    const index = buildLexiconIndex(stems);
    expect([...index.ids.keys()]).toEqual(['sharing', 'cyComplaint']);
    const own = index.byConcept[index.ids.get('sharing')!]!;
    expect([...own.exact.keys()]).toEqual(['share', 'do']);
    expect(own.prefixed.map((t) => t.stems[0])).toEqual([{ stem: 'justif', prefix: true }]);
    expect(own.exact.get('do')![0]!.selfNegating).toBe(true);
    expect(index.all.exact.get('gwyn')![0]!.concept).toBe('cyComplaint');
  });

  it('is a function of the stems alone', () => {
    const again = buildLexiconIndex(JSON.parse(JSON.stringify(stems)));
    expect([...again.all.exact.keys()]).toEqual([...buildLexiconIndex(stems).all.exact.keys()]);
  });
});
