// The block pre-filter of the concept matcher must never turn away a sentence the tokens would match: words whose
// stem is not their own prefix ("sharing" is "share", "don't" holds "not") are the cases that test it.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/notice/read-text';
import { analyseNotice } from '../../../src/core/analysis/notice-text';
import { ConceptIndex } from '../../../src/core/concepts/match-concepts';
import { LEXICON } from '../../../src/core/concepts/lexicon';

function finds(concepts: string[], text: string): string[] {
  const doc = readText(`Privacy notice\n\n${text}\n`);
  return new ConceptIndex(doc, analyseNotice(doc)).find({ all: concepts }, 3).map((h) => h.text);
}

describe('concept pre-filter', () => {
  it('keeps a sentence whose only form of a word stems with an "e" put back', () => {
    expect(finds(['shareOut'], 'We are sharing these records with the council.')).toEqual([
      'We are sharing these records with the council.',
    ]);
  });

  it('keeps a sentence whose negation is written as a contraction', () => {
    const concept = Object.entries(LEXICON).find(([, terms]) => terms.some((t) => /^not\b/.test(t)))?.[0];
    expect(concept, 'a concept with a term starting "not"').toBeDefined();
    const term = LEXICON[concept!]!.find((t) => /^not\b/.test(t))!;
    const sentence = `Parents ${term.replace(/^not\b/, "don't")} at all.`;
    expect(finds([concept!], sentence).length).toBe(1);
  });

  it('still turns away a sentence without the concept', () => {
    expect(finds(['shareOut'], 'The school opens at half past eight.')).toEqual([]);
  });
});
