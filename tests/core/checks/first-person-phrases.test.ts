// Phrase lists are written for a school's "we"; a childminder or a head teacher writing a letter says "I", "me", "my".
import { describe, expect, it } from 'vitest';
import { firstPersonToo, phrases } from '../../../src/core/checks/match';

describe('phrases: the first person singular reads as the school’s "we"', () => {
  it('matches "I", "me" and "my" where a phrase says "we", "us" and "our"', () => {
    const re = phrases(['\\bwe (?:keep|hold) (?:our|the) records\\b', 'contact us\\b']);
    expect(re.test('I keep my records in a locked cabinet.')).toBe(true);
    expect(re.test('Please contact me at any time.')).toBe(true);
    expect(re.test('We keep our records in a locked cabinet.')).toBe(true);
  });

  it('reads "we are" as "I am" too, from the same table the concept lexicon uses', () => {
    expect(phrases(['\\bwe are required to\\b']).test('I am required to keep a register.')).toBe(true);
  });

  it('leaves words that only contain those letters alone', () => {
    expect(firstPersonToo('\\bwere\\b|\\busually\\b|status|house')).toBe('\\bwere\\b|\\busually\\b|status|house');
    expect(phrases(['\\bwe keep\\b']).test('Jo will keep it.')).toBe(false);
  });
});
