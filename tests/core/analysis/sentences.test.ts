// Sentence ends: a full stop after a word ends a sentence, but not the short forms before a number or a name.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/analysis/notice-text';

describe('splitSentences', () => {
  it('keeps a legal reference written short with its number in one sentence', () => {
    expect(splitSentences('We rely on legitimate interests (Art. 6(1)(f)) in keeping the site safe. Ask us why.')).toEqual([
      'We rely on legitimate interests (Art. 6(1)(f)) in keeping the site safe.',
      'Ask us why.',
    ]);
    expect(splitSentences('The census is required under s. 537A of the Education Act 1996. It runs each term.')).toHaveLength(2);
    expect(splitSentences('Our CCTV policy is Policy No. 12 in the handbook.')).toHaveLength(1);
  });

  it('still ends a sentence on the same words when no number follows', () => {
    expect(splitSentences('We teach Music and Art. Pupils choose one.')).toEqual(['We teach Music and Art.', 'Pupils choose one.']);
    expect(splitSentences('Is any of it sent abroad? No. All our systems are in the UK.')).toEqual([
      'Is any of it sent abroad?',
      'No.',
      'All our systems are in the UK.',
    ]);
  });
});
