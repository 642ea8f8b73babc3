// The stem index hands the concept matcher its candidate blocks: it may keep a block that cannot match, never drop one
// that can, and it should keep few others.
import { describe, expect, it } from 'vitest';
import { indexStems } from '../../../src/core/concepts/stem-index';
import { phraseStems, tokenRun } from '../../../src/core/concepts/tokens';

const BLOCKS = [
  'We are sharing these records with the council.',
  "Parents don't have to answer every question.",
  'You cannot be made to give it.',
  'Questions about data',
  'Protection of your rights comes first.',
  'The data protection officer can help.',
  'Addysgol yw gwaith yr ysgol.',
  'We send it to the council, to the trust and to the DfE.',
  'Pupils\u2019 records go to the next school.',
];

const index = indexStems(BLOCKS.map((b) => b.toLowerCase()));
const candidates = (...phrases: string[]) => [...index.blocksHoldingAny(phrases.map(phraseStems)).blocks];

/** Whether the tokens of `text` hold `stems` in a row ("word*" as a prefix). */
function holds(text: string, stems: readonly string[]): boolean {
  const tokens = tokenRun(text).stems;
  const at = (t: string, want: string) => (want.endsWith('*') ? t.startsWith(want.slice(0, -1)) : t === want);
  return tokens.some((_, i) => stems.every((want, k) => i + k < tokens.length && at(tokens[i + k]!, want)));
}

describe('stem index', () => {
  it('finds words whose stem is not their own prefix, and negation in contractions', () => {
    expect(candidates('share')).toEqual([0]);
    expect(candidates('not have to')).toEqual([1]);
    expect(candidates('cannot')).toContain(2);
    expect(candidates('not')).toEqual([1, 2]);
  });

  it('reads curly apostrophes as straight ones', () => {
    expect(candidates("pupil's")).toEqual([8]);
  });

  it("looks a compound up by its first word, which a unit may join to the next block's word", () => {
    expect(candidates('data protection')).toEqual([3, 5]);
    // The second word of a compound is filed under its own stem too ("protection" in "data protection").
    expect(candidates('protection')).toEqual([4, 5]);
  });

  it('reads "word*" as any stem starting so', () => {
    expect(candidates('addysg*')).toEqual([6]);
  });

  it('reads "word*" as every stem starting so, and none that only sorts beside them', () => {
    const words = indexStems(['bioscience', 'biometric readers', 'biology lessons', 'binder', 'bip', 'biometrics policy', 'bio']);
    expect([...words.blocksHoldingAny([phraseStems('biom*')]).blocks]).toEqual([1, 5]);
    expect([...words.blocksHoldingAny([phraseStems('bio*')]).blocks]).toEqual([0, 1, 2, 5, 6]);
    expect(words.blocksHoldingAny([phraseStems('bz*')]).size).toBe(0);
  });

  it("keeps only the blocks holding a term's rarest stem", () => {
    expect(candidates('to the trust')).toEqual([7]);
    expect(candidates('have to')).toEqual([1]);
  });

  it('never drops a block whose tokens hold a term', () => {
    const phrases = ['share', 'to', 'the council', 'data', 'data protection officer', 'not', 'can', 'have to', 'record', 'school'];
    for (const phrase of phrases) {
      const stems = phraseStems(phrase);
      const set = index.blocksHoldingAny([stems]);
      BLOCKS.forEach((text, block) => {
        if (holds(text, stems)) expect(set.has(block), `${phrase} in block ${block}`).toBe(true);
      });
    }
  });

  it('finds nothing for a stem no block holds', () => {
    const set = index.blocksHoldingAny([phraseStems('biometric')]);
    expect(set.size).toBe(0);
    expect(set.has(0)).toBe(false);
  });
});
