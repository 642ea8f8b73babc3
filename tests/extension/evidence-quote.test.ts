// Show on page searches whole words only: the longest stretch a shortening did not cut, and a text fragment that matches it.
import { describe, expect, it } from 'vitest';
import { findableStretch, textFragmentUrl } from '../../src/extension/evidence-quote';

describe('findableStretch', () => {
  it('drops the words an ellipsis cut through', () => {
    expect(findableStretch('...ormation about pupils is kept for as long as the law requires and then destroy...')).toBe(
      'about pupils is kept for as long as the law requires and then',
    );
    expect(findableStretch('We keep pupil records until the pupil is 25…')).toBe('We keep pupil records until the pupil is');
  });
  it('keeps a quote that was not shortened whole', () => {
    expect(findableStretch('You can ask the ICO to look into it.')).toBe('You can ask the ICO to look into it.');
  });
  it('takes the longest piece of a joined table row or list', () => {
    expect(findableStretch('Data: names | Why: to keep children safe while they are at school')).toBe(
      'Why: to keep children safe while they are at school',
    );
  });
  it('caps a long stretch at whole words', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const got = findableStretch(long);
    expect(got.split(' ')).toHaveLength(40);
    expect(long.startsWith(got)).toBe(true);
  });
});

describe('textFragmentUrl', () => {
  it('encodes the fragment syntax characters and names a long stretch by its ends', () => {
    expect(textFragmentUrl('https://s.example/p#top', 'opt-in, always')).toBe('https://s.example/p#:~:text=opt%2Din%2C%20always');
    const url = textFragmentUrl('https://s.example/p', 'one two three four five six seven eight nine ten eleven twelve');
    expect(url).toBe('https://s.example/p#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });
});
